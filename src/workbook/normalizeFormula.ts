/**
 * A formula in the form every program saves it: Excel and LibreOffice rewrite case, spaces, `_xlfn.` prefixes,
 * `$` markers and the quotes around sheet names on save, so formulas are compared after removing all of that.
 * LibreOffice also writes the constants TRUE and FALSE as the calls TRUE() and FALSE().
 * String literals ("…") are kept as they are.
 */
export function normalizeFormula(formula: string): string {
  let out = "";
  let i = formula.startsWith("=") ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      // a quoted sheet name: keep the name, drop the quotes ('' inside stands for one quote)
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      out += name.toUpperCase();
      i = j + 1;
    } else if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t" || ch === "$") {
      i++;
    } else {
      out += ch.toUpperCase();
      i++;
    }
  }
  return out.replace(/_XLFN\.|_XLWS\.|_XLUDF\./g, "").replace(/(^|[^\w.])(TRUE|FALSE)\(\)/g, "$1$2");
}

function stringEnd(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === '"' && s[i + 1] === '"') i += 2;
    else if (s[i] === '"') return i + 1;
    else i++;
  }
  return i;
}
