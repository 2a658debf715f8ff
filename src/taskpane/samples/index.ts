// The worked example bloc (a copy of test/fixtures/khoi-huyen-2023), bundled so an official can try every job
// before having a rubric of their own.
import bloc from "./bloc.json";
import rubric from "./rubric.json";

export const SAMPLE_RUBRIC_TEXT = JSON.stringify(rubric, null, 2);
export const SAMPLE_BLOC = bloc;
