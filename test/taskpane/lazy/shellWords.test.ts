// The pane's first load has only the shell's Vietnamese words (i18n/uiShell.ts); the views' words come with the
// views, English when chosen. So the code the first load runs must word nothing from those other tables, or it
// would show a bare key until they arrive. Walks the shell's static imports from the entry (dynamic import() is
// where a chunk starts, `import type` costs nothing) and reads every string in it that is a key of the tables.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { viewsVi } from "../../../src/i18n/ui";
import { shellVi } from "../../../src/i18n/uiShell";

const SRC = join(__dirname, "..", "..", "..", "src");
const ENTRY = join(SRC, "taskpane", "index.tsx");

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null; // a package
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base].find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** A module's static, value-carrying imports and re-exports, and the string literals in it. */
function scan(file: string): { imports: string[]; strings: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const strings: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly || (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports: imports.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null), strings };
}

function shellModules(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const todo = [ENTRY];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    const { imports, strings } = scan(file);
    seen.set(file, strings);
    todo.push(...imports);
  }
  return seen;
}

describe("the pane's first load", () => {
  const modules = shellModules();
  const files = [...modules.keys()].map((f) => relative(SRC, f).split("\\").join("/"));
  const allKeys = new Set([...Object.keys(shellVi), ...Object.keys(viewsVi)]);

  it("is found by the walk: the entry, the app, the file bar and the shell's table, none of the views", () => {
    expect(files).toEqual(expect.arrayContaining(["taskpane/index.tsx", "taskpane/App.tsx", "taskpane/components/FileBar.tsx", "i18n/uiShell.ts"]));
    expect(files.filter((f) => f.startsWith("taskpane/views/") && f !== "taskpane/views/registry.ts")).toEqual([]);
  });

  it("holds no words but the shell's: no views' table, no English, not i18n/index.ts (every table, findings too)", () => {
    expect(files.filter((f) => /^i18n\/(ui|ui\.en|uiRoundTrip|uiRoundTrip\.en|index|findings\.(vi|en))\.ts$/.test(f))).toEqual([]);
  });

  it("words only keys of the shell's table", () => {
    const used = [...modules.entries()].flatMap(([file, strings]) => strings.filter((s) => allKeys.has(s)).map((key) => ({ file: relative(SRC, file), key })));
    expect(used.map((u) => u.key)).toEqual(expect.arrayContaining(["tab.generate", "source.open", "view.loading", "lang.switch"]));
    expect(used.filter((u) => !(u.key in shellVi))).toEqual([]);
  });
});
