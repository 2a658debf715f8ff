import { z } from "zod/mini";
import { cleanName } from "./names";
import { STAGES } from "./types";

// A process parses a rubric and a bloc or two: zod's compiled fast paths (built with `new Function`, never in V8's
// code cache) cost the command line more to build than they save, ~10 ms of every verb, and a page whose CSP
// forbids eval never needs zod to probe for it.
z.config({ jitless: true });

/**
 * The shapes of rubric.json and bloc.json; the rules between fields live in rubricRules/blocRules.
 * Objects are strict: a misspelt optional field ("vetoaward") would otherwise be dropped and its default used.
 * Written with zod/mini: the same checks and issues as zod's classic API, without its methods bound to every
 * schema made (building these shapes cost ~10 ms of every command with it).
 */

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));
const label = z.string().check(z.trim(), z.minLength(1));
/** a bloc's and a unit's name: cleaned (names.ts), then not empty */
const name = z.pipe(z.pipe(z.string(), z.transform(cleanName)), z.string().check(z.minLength(1)));
const points = z.number().check(z.positive());
const nonNegative = z.number().check(z.gte(0));
const int = (min: number, max?: number) => (max === undefined ? z.number().check(z.int(), z.gte(min)) : z.number().check(z.int(), z.gte(min), z.lte(max)));

/** Every option of a measured criterion lives inside `measure`; the rules between them are in measureRules.ts. */
const measure = z.strictObject({
  shape: z.enum(["linear", "bands"]),
  lowerIsBetter: z.optional(z.boolean()),
  perPercentAbove: z.optional(points),
  maxAbove: z.optional(points),
  bands: z.optional(z.array(z.tuple([nonNegative, nonNegative])).check(z.minLength(1))),
});

const criterion = z.strictObject({
  id,
  name: label,
  maxPoints: points,
  weight: z._default(points, 1),
  guidance: z.optional(z.string()),
  notApplicable: z.optional(z.enum(["full", "rescale"])),
  measure: z.optional(measure),
});

/** Fields only a criterion may carry: on a group (which has `criteria`) they are ERR_SCHEMA "group_field". */
export const CRITERION_ONLY_FIELDS = ["weight", "notApplicable", "measure"] as const;

/**
 * A node of the tree is a group if and only if it has `criteria`; it is checked against that one shape, so a
 * group with a `weight` is told so, not buried in a union's "matches no option".
 */
const node: z.ZodMiniType<unknown> = z.lazy(() =>
  z.pipe(
    z.unknown(),
    z.transform((value, ctx) => {
      const isGroup = value !== null && typeof value === "object" && "criteria" in value;
      const parsed = (isGroup ? group : criterion).safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        const misplaced = isGroup && issue.code === "unrecognized_keys" && issue.path.length === 0 ? issue.keys.filter((k) => (CRITERION_ONLY_FIELDS as readonly string[]).includes(k)) : [];
        for (const key of misplaced) ctx.issues.push({ code: "custom", path: [key], message: "group_field", params: { problem: "group_field" }, input: undefined });
        const rest = issue.code === "unrecognized_keys" ? issue.keys.filter((k) => !misplaced.includes(k)) : null;
        if (rest === null) ctx.issues.push({ ...issue, input: undefined });
        else if (rest.length > 0) ctx.issues.push({ ...issue, keys: rest, input: undefined });
      }
      return z.NEVER;
    }),
  ),
);

const group = z.strictObject({
  id,
  name: label,
  maxPoints: points,
  criteria: z.array(node).check(z.minLength(1)),
});

const section = group;

const eventItem = z.strictObject({
  id,
  name: label,
  pointsPerEvent: points,
  maxPoints: z._default(z.nullable(points), null),
});

const deductionItem = z.extend(eventItem, { vetoAward: z._default(z.boolean(), false) });

export const rubricSchema = z.strictObject({
  title: label,
  year: int(1900, 9999),
  scale: z.strictObject({ step: points, decimals: int(0, 6) }),
  stages: z._default(z.array(z.enum(STAGES)).check(z.minLength(1)), [...STAGES]),
  sections: z.array(section).check(z.minLength(1)),
  bonus: z._default(z.strictObject({ maxTotal: z._default(z.nullable(points), null), items: z.array(eventItem) }), { maxTotal: null, items: [] }),
  deductions: z._default(z.strictObject({ maxTotal: z._default(z.nullable(points), null), items: z.array(deductionItem) }), { maxTotal: null, items: [] }),
  tieBreak: z._default(z.array(z.string()), []),
  classification: z._default(z.array(z.strictObject({ label, minTotal: nonNegative, minSectionRatio: z._default(z.number().check(z.gte(0), z.lte(1)), 0) })), []),
  awards: z._default(
    z.array(
      z.strictObject({
        id,
        label,
        places: int(1),
        requires: z._default(z.strictObject({ classification: z.optional(label), minTotal: z.optional(nonNegative) }), {}),
      }),
    ),
    [],
  ),
  options: z.optional(z.strictObject({ selfGapThreshold: z.optional(nonNegative) })),
  requireReason: z.optional(z.boolean()),
});

export const blocSchema = z.strictObject({
  name,
  year: int(1900, 9999),
  head: z.optional(z.nullable(id)),
  deputy: z.optional(z.nullable(id)),
  units: z.array(z.strictObject({ id, name })).check(z.minLength(1)),
});
