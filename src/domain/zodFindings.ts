import type { core } from "zod/mini";
import type { FindingParams } from "./findingParams";
import { finding, type Finding } from "./findings";

/** zod's issues as our ERR_SCHEMA findings: the field path plus what was expected and what was found. */
export function zodFindings(error: core.$ZodError, input: unknown): Finding[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    // one finding per unknown field, pointing at the field itself
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const at = [...path, key];
        return finding("ERR_SCHEMA", { field: at.join("."), problem: issue.code, found: describe(valueAt(input, at)) }, { path: at });
      });
    }
    // a field only criteria carry, found on a group (schemas.ts)
    if (issue.code === "custom" && issue.params?.problem === "group_field") {
      return finding("ERR_SCHEMA", { field: path.join("."), problem: "group_field", found: describe(valueAt(input, path)) }, { path });
    }
    const found = valueAt(input, path);
    const params: FindingParams["ERR_SCHEMA"] = {
      field: path.join("."),
      problem: issue.code,
      found: describe(found),
    };
    if (issue.code === "invalid_type") params.expected = String(issue.expected);
    if (issue.code === "too_small" || issue.code === "too_big") {
      const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      // a number's bound as a comparison ("> 0" for a step, "≥ 0" for a count), a list's as its length
      if (issue.origin === "number") params.expected = `${issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<"} ${limit}`;
      else params.limit = limit;
    }
    if (issue.code === "invalid_value") params.expected = issue.values.map(String).join(", ");
    return finding("ERR_SCHEMA", params, { path });
  });
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === undefined) return "undefined";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  return Array.isArray(v) ? "[…]" : "{…}";
}
