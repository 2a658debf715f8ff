import type { FindingParams } from "../domain/findingParams";
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

/**
 * One message per finding code, reading that code's own params: a missing translation, or a message reading a
 * param its code does not have, fails to compile.
 */
export type FindingMessages = { readonly [C in FindingCode]: (p: Readonly<FindingParams[C]>, f: Finding, c: MessageContext) => string };

/** Any code's message, for rendering a finding whose code is known only at run time (its params are its code's). */
export type AnyFindingMessage = (p: Params, f: Finding, c: MessageContext) => string;
