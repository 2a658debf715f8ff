/**
 * A formula in the form every program saves it: Excel and LibreOffice rewrite case, spaces, `_xlfn.` prefixes,
 * `$` markers and the quotes around sheet names on save, so formulas are compared after removing all of that.
 * LibreOffice also writes the constants TRUE and FALSE as the calls TRUE() and FALSE().
 * String literals ("…") are kept as they are.
 */
export function normalizeFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // string literals kept as written; a quoted sheet name loses its quotes ('' inside stands for one quote)
  const QUOTED = /"(?:[^"]|"")*"?|'((?:[^']|'')*)'?/g;
  let out = "";
  let last = 0;
  for (let m = QUOTED.exec(body); m; m = QUOTED.exec(body)) {
    out += plain(body.slice(last, m.index));
    out += m[0][0] === '"' ? m[0] : m[1].replace(/''/g, "'").toUpperCase();
    last = m.index + m[0].length;
  }
  out += plain(body.slice(last));
  return out;
}

/** Outside literals and sheet names: no spaces or $, upper case, no prefixes, TRUE() as TRUE. */
function plain(s: string): string {
  return s
    .replace(/[ \n\r\t$]/g, "")
    .toUpperCase()
    .replace(/_XLFN\.|_XLWS\.|_XLUDF\./g, "")
    .replace(/(^|[^\w.])(TRUE|FALSE)\(\)/g, "$1$2");
}
