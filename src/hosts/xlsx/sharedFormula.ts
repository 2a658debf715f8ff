import { columnLetters } from "../../workbook/a1";

/**
 * A shared formula as the cell `dr` rows and `dc` columns away from its master would spell it: relative
 * references move, $-anchored parts stay. String literals and quoted sheet names are left untouched.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1] : "";
    if (m && !/[\w.]/.test(prev)) {
      const after = formula[i + m[0].length] ?? "";
      // LOG10( is a function, Sheet1! a sheet name, ABC1_x a defined name: none of them is a cell
      if (!/[\w(!.]/.test(after)) {
        out += shiftRef(m, dr, dc);
        i += m[0].length;
        continue;
      }
    }
    const word = /^[\w.]+/.exec(formula.slice(i));
    const take = word ? word[0].length : 1;
    out += formula.slice(i, i + take);
    i += take;
  }
  return out;
}

function shiftRef(m: RegExpExecArray, dr: number, dc: number): string {
  const [, colAbs, letters, rowAbs, digits] = m;
  let col = 0;
  for (const c of letters.toUpperCase()) col = col * 26 + (c.charCodeAt(0) - 64);
  const newCol = colAbs ? col - 1 : col - 1 + dc;
  const newRow = rowAbs ? Number(digits) : Number(digits) + dr;
  return `${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
}
