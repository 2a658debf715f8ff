// npm run bench: runs every bench/*.bench.ts (each default-exports an async function printing its own table).
// A benchmark, not a test: numbers are reported, nothing fails on time.
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

const only = process.argv[2];
const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir).filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only))).sort();
for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: () => Promise<void> };
  console.log(`\n## ${f.replace(".bench.ts", "")}`);
  await mod.default();
}
