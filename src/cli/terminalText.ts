/**
 * Text for a terminal, from files we don't trust (unit names, CSV cells, a sheet's values): escape sequences
 * (ESC, CSI), other control characters and bidirectional overrides could move the cursor, recolour or rewrite
 * what was printed, or make "U1" read as another name. Each becomes visible instead: C0 as its control
 * picture (ESC → ␛), the rest as a \uXXXX escape, which inside `--json` output is the same JSON string (there
 * JSON.stringify has already escaped C0). Newlines and tabs stay.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
