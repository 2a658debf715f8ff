import { parseArgs } from "node:util";
import { STAGES, type StageChoice } from "../domain/types";
import { text, type Lang } from "../i18n";
import { UsageError } from "./context";

export interface OptionSpec {
  readonly [name: string]: { readonly type: "string" | "boolean"; readonly multiple?: boolean };
}

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
}

/** Strict parsing: an unknown option or a missing value is a usage error (exit 2), never ignored. */
export function parseCommandArgs(argv: readonly string[], spec: OptionSpec, lang: Lang): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...spec, lang: { type: "string" } }, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (e) {
    const err = e as { code?: string; message: string };
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(text(lang, "cli.unknownOption", option));
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(text(lang, "cli.missingValue", option.split(",")[0]));
    throw new UsageError(text(lang, "cli.unknownOption", option));
  }
}

export function requireString(args: ParsedArgs, name: string, lang: Lang): string {
  const v = args.values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(text(lang, "cli.missingOption", `--${name}`));
  return v;
}

export function requirePositional(args: ParsedArgs, index: number, label: string, lang: Lang): string {
  const v = args.positionals[index];
  if (v === undefined) throw new UsageError(text(lang, "cli.missingOption", label));
  return v;
}

export function stageOption(args: ParsedArgs, lang: Lang): StageChoice {
  const v = args.values.stage;
  if (v === undefined) return "final";
  if (typeof v === "string" && (v === "final" || (STAGES as readonly string[]).includes(v))) return v as StageChoice;
  throw new UsageError(text(lang, "cli.badStage", String(v)));
}

/** `--vote U05,U07` (repeatable): each a tie group's order as the bloc's meeting agreed. */
export function voteOptions(args: ParsedArgs, lang: Lang): string[][] {
  const raw = (args.values.vote as string[] | undefined) ?? [];
  return raw.map((v) => {
    const ids = v.split(",").map((s) => s.trim()).filter(Boolean);
    if (ids.length < 2 || new Set(ids).size !== ids.length) throw new UsageError(text(lang, "cli.badVote", v));
    return ids;
  });
}
