import type { Finding, FindingCode } from "../domain/findings";
import type { Surface } from "./surface";

export type Lang = "vi" | "en";
export type Params = Finding["params"];

/** What a message may use beyond its finding: the reader's surface, and the names of rubric nodes by id. */
export interface MessageContext {
  readonly surface: Surface;
  /** a section, group, criterion or event item's name; undefined when unknown (no rubric at hand) */
  name(id: string): string | undefined;
}

/** One message per finding code: a missing translation fails to compile. */
export type FindingMessages = Record<FindingCode, (p: Params, f: Finding, c: MessageContext) => string>;
