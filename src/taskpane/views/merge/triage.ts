import type { Finding } from "../../../domain/findings";
import type { WorkbookHost } from "../../../hosts/host";
import type { MergeChange, MergeCopy, MergeOutcome } from "../../../services/mergeCopies";

type Merge = (host: WorkbookHost, file: string, copies: readonly MergeCopy[], options: { readonly write: boolean }) => Promise<MergeOutcome>;

/** What taking a batch of returned files back would do: the copies taken, their changes, and each refused file with why. */
export type MergeReview =
  | { readonly kind: "review"; readonly accepted: readonly MergeCopy[]; readonly changes: readonly MergeChange[]; readonly refused: ReadonlyMap<string, readonly Finding[]>; readonly warnings: readonly Finding[] }
  /** nothing can be taken: the bloc's workbook itself is refused (sealed, unreadable) */
  | { readonly kind: "blocked"; readonly findings: readonly Finding[] };

/** The copy a finding is about: the file merge named in it. */
export function fileOf(f: Finding): string | undefined {
  return f.source?.file ?? (typeof f.params.file === "string" ? f.params.file : undefined);
}

/**
 * The CLI's merge is all or nothing; the pane, given a dozen files at once, sets aside the copies merge refused
 * and asks merge again for the rest, so one foreign copy does not hold back the others. Both asks are the same
 * service's dry run; a refusal that names no copy (a sealed workbook) blocks them all.
 */
export async function reviewCopies(merge: Merge, host: WorkbookHost, file: string, copies: readonly MergeCopy[], unreadable: ReadonlyMap<string, readonly Finding[]>): Promise<MergeReview> {
  const refused = new Map(unreadable);
  let rest = copies;
  // each round refuses at least one copy or ends: at most one round per copy
  for (let round = 0; round <= copies.length; round++) {
    if (rest.length === 0) return { kind: "review", accepted: [], changes: [], refused, warnings: [] };
    const out = await merge(host, file, rest, { write: false });
    if (out.exit === 0) return { kind: "review", accepted: rest, changes: out.changes, refused, warnings: out.findings.filter((f) => f.severity === "warning") };
    const errors = out.findings.filter((f) => f.severity === "error");
    const names = new Set(rest.map((c) => c.file));
    if (errors.length === 0 || errors.some((f) => !names.has(fileOf(f) ?? ""))) return { kind: "blocked", findings: errors.length > 0 ? errors : out.findings };
    for (const f of errors) refused.set(fileOf(f)!, [...(refused.get(fileOf(f)!) ?? []), f]);
    rest = rest.filter((c) => !refused.has(c.file));
  }
  return { kind: "blocked", findings: [] };
}
