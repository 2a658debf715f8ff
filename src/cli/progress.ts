import { terminalText } from "./terminalText";

/** A long command's progress, told as each file is done: `done` of `total`, the file just done. */
export type Progress = (done: number, total: number, file: string) => void;

/**
 * Progress on one rewritten stderr line — only for a person at a terminal: a redirected stderr (a script, a log,
 * the tests) gets nothing, so what scripts read stays the same. The line is cleared before the command prints.
 */
export function terminalProgress(stream: { readonly isTTY?: boolean; readonly columns?: number; write(s: string): unknown }, label: string): { readonly step: Progress; readonly end: () => void } | null {
  if (!stream.isTTY) return null;
  const width = Math.max(20, (stream.columns || 80) - 1);
  let shown = false;
  return {
    step: (done, total, file) => {
      const line = terminalText(`${label} ${done}/${total} ${file}`.replace(/\s+/g, " "));
      stream.write(`\r\u001b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      shown = true;
    },
    end: () => {
      if (shown) stream.write("\r\u001b[K");
      shown = false;
    },
  };
}
