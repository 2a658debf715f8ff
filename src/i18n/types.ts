import type { Finding, FindingCode } from "../domain/findings";

export type Lang = "vi" | "en";
export type Params = Finding["params"];

/** One message per finding code: a missing translation fails to compile. */
export type FindingMessages = Record<FindingCode, (p: Params, f: Finding) => string>;
