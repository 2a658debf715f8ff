import { sha256Hex } from "./sha256";

/**
 * JSON with object keys sorted and no spaces, so the same data always gives the same text (and fingerprint)
 * whatever order a file listed its fields in. `undefined` fields are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** SHA-256 of the canonical JSON: the fingerprint of an agreed rubric (or bloc). */
export function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
