import { z } from "zod";
import { STAGES } from "./types";

/**
 * The shapes of rubric.json and bloc.json; the rules between fields live in rubricRules/blocRules.
 * Objects are strict: a misspelt optional field ("vetoaward") would otherwise be dropped and its default used.
 */

const id = z.string().trim().min(1).max(64);
const label = z.string().trim().min(1);
const points = z.number().finite().positive();
const nonNegative = z.number().finite().min(0);

const criterion = z.strictObject({
  id,
  name: label,
  maxPoints: points,
  weight: points.default(1),
  guidance: z.string().optional(),
});

const section = z.strictObject({
  id,
  name: label,
  maxPoints: points,
  criteria: z.array(criterion).min(1),
});

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
    .object({ maxTotal: points.nullable().default(null), items: z.array(deductionItem) })
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
});

export const blocSchema = z.strictObject({
  name: label,
  year: z.number().int().min(1900).max(9999),
  head: id.nullable().optional(),
  deputy: id.nullable().optional(),
  units: z.array(z.strictObject({ id, name: label })).min(1),
});
