import type { Finding } from "../domain/findings";

/**
 * Findings listed under their file's own name (a refused copy in Nhận lại, a bloc's workbook in Ban Thi đua): the
 * lines need not say "file X" again in front of each reason. The CLI, which has no such heading, keeps it.
 */
export function underItsFile(findings: readonly Finding[], file: string): Finding[] {
  return findings.map((f) => (f.source?.file === file ? { ...f, source: { ...f.source, file: undefined } } : f));
}
