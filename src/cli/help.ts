import { text } from "../i18n/text";
import type { Lang } from "../i18n/types";

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

/** Edits from a to b, a swap of two neighbouring letters counting one (optimal string alignment). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The verb a mistyped one most likely meant ("rnak" → "rank"), or null when none is close. */
export function nearestVerb(typed: string, verbs: readonly string[]): string | null {
  const t = typed.toLowerCase();
  let best: { verb: string; d: number } | null = null;
  for (const v of verbs) {
    const d = v.startsWith(t) && t.length >= 2 ? 0 : distance(t, v);
    if (!best || d < best.d) best = { verb: v, d };
  }
  // one slip in a short verb, two in a longer one
  return best && best.d <= (best.verb.length <= 4 ? 1 : 2) ? best.verb : null;
}
