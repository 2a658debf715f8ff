import { STAGES, type Stage } from "../../../domain/types";
import type { Unit } from "../../../domain/types";

/** A rubric as the user chose it: its text (checked later, so a broken file still shows what is wrong). */
export interface RubricChoice {
  readonly text: string;
  /** the chosen file's name (empty for the example and the workbook, which the pane names in its language) */
  readonly file: string;
  readonly origin: "sample" | "file" | "workbook" | "table";
}

export interface BlocFields {
  readonly name: string;
  readonly year: string;
  readonly unitsText: string;
  readonly head: string;
  readonly deputy: string;
}

/** The stages a rubric text lists (all three when it lists none or cannot be read). */
export function stagesOf(text: string): Stage[] {
  try {
    const json = JSON.parse(text) as { stages?: unknown };
    if (Array.isArray(json.stages)) return STAGES.filter((s) => (json.stages as unknown[]).includes(s));
  } catch {
    // the preview reports the syntax error
  }
  return [...STAGES];
}

/** The rubric text with the stages ticked in the pane; text that is not a JSON object is passed on unchanged. */
export function withStages(text: string, stages: readonly Stage[]): string {
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
    if (json === null || typeof json !== "object" || Array.isArray(json)) return text;
    return JSON.stringify({ ...json, stages: STAGES.filter((s) => stages.includes(s)) });
  } catch {
    return text;
  }
}

/** bloc.json's text from the fields; a year that is not a whole number is passed as typed, for the bloc's check to name. */
export function blocText(fields: BlocFields, units: readonly Unit[]): string {
  const year = /^\s*\d+\s*$/.test(fields.year) ? Number(fields.year) : fields.year;
  return JSON.stringify({ name: fields.name, year, head: fields.head || null, deputy: fields.deputy || null, units });
}
