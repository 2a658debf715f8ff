import { z } from "zod";
import { cleanName } from "./names";
import { STAGES } from "./types";

// A process parses a rubric and a bloc or two: zod's compiled fast paths (built with `new Function`, never in V8's
// code cache) cost the command line more to build than they save, ~10 ms of every verb, and a page whose CSP
// forbids eval never needs zod to probe for it.
z.config({ jitless: true });

/**
 * The shapes of rubric.json and bloc.json; the rules between fields live in rubricRules/blocRules.
 * Objects are strict: a misspelt optional field ("vetoaward") would otherwise be dropped and its default used.
 */

const id = z.string().trim().min(1).max(64);
const label = z.string().trim().min(1);
/** a bloc's and a unit's name: cleaned (names.ts), then not empty */
const name = z.string().transform(cleanName).pipe(z.string().min(1));
const points = z.number().finite().positive();
const nonNegative = z.number().finite().min(0);

/** Every option of a measured criterion lives inside `measure`; the rules between them are in measureRules.ts. */
const measure = z.strictObject({
  shape: z.enum(["linear", "bands"]),
  lowerIsBetter: z.boolean().optional(),
  perPercentAbove: points.optional(),
  maxAbove: points.optional(),
  bands: z.array(z.tuple([nonNegative, nonNegative])).min(1).optional(),
});

const criterion = z.strictObject({
  id,
  name: label,
  maxPoints: points,
  weight: points.default(1),
  guidance: z.string().optional(),
  notApplicable: z.enum(["full", "rescale"]).optional(),
  measure: measure.optional(),
});

/** Fields only a criterion may carry: on a group (which has `criteria`) they are ERR_SCHEMA "group_field". */
export const CRITERION_ONLY_FIELDS = ["weight", "notApplicable", "measure"] as const;

/**
 * A node of the tree is a group if and only if it has `criteria`; it is checked against that one shape, so a
 * group with a `weight` is told so, not buried in a union's "matches no option".
 */
const node: z.ZodType<unknown> = z.lazy(() =>
  z.unknown().transform((value, ctx) => {
    const isGroup = value !== null && typeof value === "object" && "criteria" in value;
    const parsed = (isGroup ? group : criterion).safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const misplaced = isGroup && issue.code === "unrecognized_keys" && issue.path.length === 0 ? issue.keys.filter((k) => (CRITERION_ONLY_FIELDS as readonly string[]).includes(k)) : [];
      for (const key of misplaced) ctx.addIssue({ code: "custom", path: [key], message: "group_field", params: { problem: "group_field" } });
      const rest = issue.code === "unrecognized_keys" ? issue.keys.filter((k) => !misplaced.includes(k)) : null;
      if (rest === null) ctx.addIssue({ ...issue, input: undefined });
      else if (rest.length > 0) ctx.addIssue({ ...issue, keys: rest, input: undefined });
    }
    return z.NEVER;
  }),
);

const group = z.strictObject({
  id,
  name: label,
  maxPoints: points,
  criteria: z.array(node).min(1),
});

const section = group;

const eventItem = z.strictObject({
  id,
  name: label,
  pointsPerEvent: points,
  maxPoints: points.nullable().default(null),
});

const deductionItem = eventItem.extend({ vetoAward: z.boolean().default(false) });

export const rubricSchema = z.strictObject({
  title: label,
  year: z.number().int().min(1900).max(9999),
  scale: z.strictObject({ step: points, decimals: z.number().int().min(0).max(6) }),
  stages: z.array(z.enum(STAGES)).min(1).default([...STAGES]),
  sections: z.array(section).min(1),
  bonus: z.strictObject({ maxTotal: points.nullable().default(null), items: z.array(eventItem) }).default({ maxTotal: null, items: [] }),
  deductions: z
    .strictObject({ maxTotal: points.nullable().default(null), items: z.array(deductionItem) })
    .default({ maxTotal: null, items: [] }),
  tieBreak: z.array(z.string()).default([]),
  classification: z
    .array(z.strictObject({ label, minTotal: nonNegative, minSectionRatio: z.number().min(0).max(1).default(0) }))
    .default([]),
  awards: z
    .array(
      z.strictObject({
        id,
        label,
        places: z.number().int().min(1),
        requires: z.strictObject({ classification: label.optional(), minTotal: nonNegative.optional() }).default({}),
      }),
    )
    .default([]),
  options: z.strictObject({ selfGapThreshold: nonNegative.optional() }).optional(),
  requireReason: z.boolean().optional(),
});

export const blocSchema = z.strictObject({
  name,
  year: z.number().int().min(1900).max(9999),
  head: id.nullable().optional(),
  deputy: id.nullable().optional(),
  units: z.array(z.strictObject({ id, name })).min(1),
});
