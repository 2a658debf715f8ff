import { z } from "zod";
import { STAGES } from "./types";

/** The shapes of rubric.json and bloc.json; the rules between fields live in rubricRules/blocRules. */

const id = z.string().trim().min(1).max(64);
const label = z.string().trim().min(1);
const points = z.number().finite().positive();
const nonNegative = z.number().finite().min(0);

const criterion = z.object({
  id,
  name: label,
  maxPoints: points,
  weight: points.default(1),
  guidance: z.string().optional(),
});

const section = z.object({
  id,
  name: label,
  maxPoints: points,
  criteria: z.array(criterion).min(1),
});

const eventItem = z.object({
  id,
  name: label,
  pointsPerEvent: points,
  maxPoints: points.nullable().default(null),
});

const deductionItem = eventItem.extend({ vetoAward: z.boolean().default(false) });

export const rubricSchema = z.object({
  title: label,
  year: z.number().int().min(1900).max(9999),
  scale: z.object({ step: points, decimals: z.number().int().min(0).max(6) }),
  stages: z.array(z.enum(STAGES)).min(1).default([...STAGES]),
  sections: z.array(section).min(1),
  bonus: z.object({ maxTotal: points.nullable().default(null), items: z.array(eventItem) }).default({ maxTotal: null, items: [] }),
  deductions: z
    .object({ maxTotal: points.nullable().default(null), items: z.array(deductionItem) })
    .default({ maxTotal: null, items: [] }),
  tieBreak: z.array(z.string()).default([]),
  classification: z
    .array(z.object({ label, minTotal: nonNegative, minSectionRatio: z.number().min(0).max(1).default(0) }))
    .default([]),
  awards: z
    .array(
      z.object({
        id,
        label,
        places: z.number().int().min(1),
        requires: z.object({ classification: label.optional(), minTotal: nonNegative.optional() }).default({}),
      }),
    )
    .default([]),
  options: z.object({ selfGapThreshold: nonNegative.optional() }).optional(),
});

export const blocSchema = z.object({
  name: label,
  year: z.number().int().min(1900).max(9999),
  head: id.nullable().optional(),
  deputy: id.nullable().optional(),
  units: z.array(z.object({ id, name: label })).min(1),
});
