import { finding, type Finding } from "./findings";
import type { RawRow } from "./scoreBook";
import { parseDecimalText } from "./values";

const REQUIRED = ["unit", "item", "stage", "value"] as const;

/**
 * Splits CSV text into records (RFC 4180 quoting), with the 1-based line each record starts on. A quote never
 * closed would swallow every row after it: `unclosed` is then the line where that quoted field opened.
 */
export function csvRecords(text: string, sep: string): { rows: { line: number; fields: string[] }[]; unclosed: number | null } {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let opened = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
      opened = line;
    }
    else if (ch === sep) {
      fields.push(field);
      field = "";
    }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      out.push({ line: start, fields });
      fields = [];
      field = "";
      start = ++line;
    } else field += ch;
  }
  if (field !== "" || fields.length > 0) out.push({ line: start, fields: [...fields, field] });
  // a blank line, or a row of empty cells (`;;;;`, as spreadsheets save formatted but empty rows), holds nothing
  return { rows: out.filter((r) => r.fields.some((f) => f.trim() !== "")), unclosed: quoted ? opened : null };
}

/**
 * Reads a scores CSV (`unit,item,stage,value,note`; `,` or `;`; UTF-8 with or without BOM; with `;` a decimal
 * comma is accepted). Returns raw rows for the score book; structural problems are findings with their line.
 */
export function parseScoresCsv(text: string, file?: string): { rows: RawRow[]; findings: Finding[] } {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const { rows: all, unclosed } = csvRecords(body, sep);
  if (unclosed !== null) return { rows: [], findings: [finding("ERR_CSV_QUOTE", {}, { source: { file, line: unclosed } })] };
  const findings: Finding[] = [];
  if (all.length === 0) return { rows: [], findings: [finding("ERR_CSV_HEADER", { missing: [...REQUIRED], found: [] }, { source: { file, line: 1 } })] };
  const header = all[0].fields.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((h) => !header.includes(h));
  if (missing.length > 0) return { rows: [], findings: [finding("ERR_CSV_HEADER", { missing, found: header }, { source: { file, line: 1 } })] };
  const col = (name: string) => header.indexOf(name);
  // a row must reach every required column, wherever the header put it (a trailing note may be left out)
  const needed = Math.max(...REQUIRED.map(col)) + 1;
  const rows: RawRow[] = [];
  for (const rec of all.slice(1)) {
    const source = { file, line: rec.line };
    if (rec.fields.length < needed || rec.fields.length > header.length) {
      findings.push(finding("ERR_CSV_ROW", { fields: rec.fields.length, expected: header.length }, { source }));
      continue;
    }
    const get = (name: string) => (col(name) >= 0 ? (rec.fields[col(name)] ?? "").trim() : "");
    const text = get("value");
    const n = text === "" ? undefined : parseDecimalText(text, sep === ";");
    rows.push({ unit: get("unit"), item: get("item"), stage: get("stage"), raw: n ?? (text === "" ? undefined : text), note: get("note") || undefined, source });
  }
  return { rows, findings };
}
