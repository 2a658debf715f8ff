import { text, type Lang } from "../i18n";

/** A verb's lines of the general usage: its synopsis and what it does. */
interface VerbHelp {
  readonly synopsis: string;
  readonly description: readonly string[];
}

/**
 * The general usage, read as data: `  verb  options…` lines, each followed by its indented description, then the
 * common options. One text per language serves `thidua --help` and `thidua <verb> --help` alike.
 */
function parseUsage(lang: Lang): { verbs: Map<string, VerbHelp>; tail: string[] } {
  const lines = text(lang, "cli.usage").split("\n");
  const verbs = new Map<string, { synopsis: string; description: string[] }>();
  let current: { synopsis: string; description: string[] } | null = null;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const verb = /^ {2}([a-z]+)\s+(.*)$/.exec(lines[i]);
    const more = /^ {5,}(\S.*)$/.exec(lines[i]);
    if (verb) {
      current = { synopsis: `${verb[1]} ${verb[2]}`.trim(), description: [] };
      verbs.set(verb[1], current);
    } else if (more && current) current.description.push(more[1]);
    else if (lines[i].trim() === "" && current) {
      end = i;
      current = null;
    }
  }
  return { verbs, tail: lines.slice(end + 1) };
}

/** `thidua <verb> --help`: that verb's synopsis and description, then the options every verb takes; null for no such verb. */
export function verbHelp(verb: string, lang: Lang): string | null {
  const { verbs, tail } = parseUsage(lang);
  const help = verbs.get(verb);
  if (!help) return null;
  return [text(lang, "cli.verbUsage", help.synopsis), ...help.description.map((d) => `  ${d}`), "", ...tail].join("\n");
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The verb a mistyped one most likely meant ("rnak" → "rank"), or null when none is close. */
export function nearestVerb(typed: string, verbs: readonly string[]): string | null {
  const t = typed.toLowerCase();
  let best: { verb: string; d: number } | null = null;
  for (const v of verbs) {
    const d = v.startsWith(t) && t.length >= 2 ? 0 : distance(t, v);
    if (!best || d < best.d) best = { verb: v, d };
  }
  // a third of the word may be wrong (transposed letters count two), never more than 2 edits
  return best && best.d <= Math.min(2, Math.max(1, Math.floor(best.verb.length / 3))) ? best.verb : null;
}
