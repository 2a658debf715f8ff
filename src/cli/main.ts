import { isFileProblem } from "../hosts/fileProblem";
import { systemError, text, type Lang } from "../i18n";
import { printFindings } from "./render";
import { terminalText } from "./terminalText";
import { releaseLocks } from "./fileLock";
import { boardCommand } from "./commands/board";
import { fillCommand } from "./commands/fill";
import { generateCommand } from "./commands/generate";
import { mergeCommand } from "./commands/merge";
import { rankCommand } from "./commands/rank";
import { reportCommand } from "./commands/report";
import { rubricCommand } from "./commands/rubric";
import { scoreCommand } from "./commands/score";
import { validateCommand } from "./commands/validate";
import { sealCommand, unsealCommand } from "./commands/seal";
import { splitCommand } from "./commands/split";
import { UsageError, type CliContext } from "./context";
import { nearestVerb, verbHelp } from "./help";

export type Command = (argv: readonly string[], ctx: CliContext) => Promise<number>;

/** Verbs of `thidua`; each file under commands/ is one verb. */
export const commands: Record<string, Command> = {
  score: scoreCommand,
  generate: generateCommand,
  fill: fillCommand,
  rank: rankCommand,
  validate: validateCommand,
  split: splitCommand,
  merge: mergeCommand,
  seal: sealCommand,
  unseal: unsealCommand,
  report: reportCommand,
  board: boardCommand,
  rubric: rubricCommand,
};

function langFrom(argv: readonly string[]): Lang | string {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return process.env.THIDUA_LANG === "en" ? "en" : "vi";
  return argv[i].includes("=") ? argv[i].split("=")[1] : (argv[i + 1] ?? "");
}

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
  const about = verb === "help" ? rest[0] : verb !== undefined && commands[verb] && asksHelp(rest) ? verb : undefined;
  if (about !== undefined && verbHelp(about, lang) !== null) {
    full.out(verbHelp(about, lang)!);
    return 0;
  }
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    full.out(text(lang, "cli.usage"));
    return verb === undefined ? 2 : 0;
  }
  const command = commands[verb];
  if (!command) {
    const near = nearestVerb(verb, Object.keys(commands));
    full.err(text(lang, near ? "cli.unknownCommandNear" : "cli.unknownCommand", verb, near ?? ""));
    return 2;
  }
  try {
    return await run(command, rest, full, lang);
  } finally {
    await releaseLocks();
  }
}

async function run(command: Command, rest: readonly string[], full: CliContext, lang: Lang): Promise<number> {
  try {
    return await command(rest, full);
  } catch (e) {
    if (e instanceof UsageError) {
      full.err(e.message);
      return 2;
    }
    // a file over a bound, damaged, or a cell too long for Excel, found while a service ran: the input, in our words
    if (isFileProblem(e)) {
      printFindings([e.finding], lang, full.err);
      full.err(text(lang, "cli.inputErrors"));
      return 2;
    }
    // the file system refused (a folder that is not there, no permission…): in words, naming the path
    const sys = e as NodeJS.ErrnoException;
    if (typeof sys?.code === "string" && /^E[A-Z]+$/.test(sys.code) && typeof sys.path === "string") {
      const words = systemError(sys.code, lang);
      full.err(text(lang, "cli.systemFailed", sys.path, words.what, words.todo));
      return 2;
    }
    // A bug, not an input problem: say so in words, without a stack trace, and exit as "input not usable".
    full.err(text(lang, "cli.unexpected", (e as Error).message));
    if (process.env.THIDUA_DEBUG) full.err(String((e as Error).stack));
    return 2;
  }
}
