import { text } from "../i18n/text";
import type { Lang } from "../i18n/types";
import { terminalText } from "./terminalText";
import type { CliContext } from "./context";
import { nearestVerb, verbHelp } from "./help";
import { isVerb, VERBS } from "./verbs";

function langFrom(argv: readonly string[]): Lang | string {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return process.env.THIDUA_LANG === "en" ? "en" : "vi";
  return argv[i].includes("=") ? argv[i].split("=")[1] : (argv[i + 1] ?? "");
}

/**
 * `thidua …`: the help, a bad language and a mistyped verb are answered here from text alone; a verb's code
 * (runVerb.ts and what it loads) is read only when a verb runs, so `thidua --help` starts about as fast as Node.
 */
export async function runCli(argv: readonly string[], ctx: Omit<CliContext, "lang">): Promise<number> {
  const lang = langFrom(argv);
  if (lang !== "vi" && lang !== "en") {
    ctx.err(terminalText(text("vi", "cli.badLang", lang)));
    return 2;
  }
  // every line goes through terminalText: names and cells from files never reach the terminal as escape sequences
  const full: CliContext = { ...ctx, lang, out: (s) => ctx.out(terminalText(s)), err: (s) => ctx.err(terminalText(s)) };
  // `thidua --lang en score …` as well as `thidua score … --lang en`
  const leading = argv[0] === "--lang" ? 2 : argv[0]?.startsWith("--lang=") ? 1 : 0;
  const [verb, ...rest] = argv.slice(leading);
  const asksHelp = (args: readonly string[]) => args.includes("--help") || args.includes("-h");
  // `thidua help score` and `thidua score --help` alike print that verb's help
  const about = verb === "help" ? rest[0] : isVerb(verb) && asksHelp(rest) ? verb : undefined;
  if (about !== undefined && verbHelp(about, lang) !== null) {
    full.out(verbHelp(about, lang)!);
    return 0;
  }
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    full.out(text(lang, "cli.usage"));
    return verb === undefined ? 2 : 0;
  }
  if (!isVerb(verb)) {
    const near = nearestVerb(verb, VERBS);
    full.err(text(lang, near ? "cli.unknownCommandNear" : "cli.unknownCommand", verb, near ?? ""));
    return 2;
  }
  const { runVerb } = await import("./runVerb");
  return runVerb(verb, rest, full, lang);
}
