// npm run build: the CLI bundle (dist/cli.js) and, unless "cli" is asked for, the task pane (webpack) and
// dist/manifest.xml for the production base URL (env THIDUA_BASE_URL, default https://localhost:3000/).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { DEFAULT_BASE_URL, normalizeBaseUrl, writeManifest } from "./writeManifest.mjs";

const only = process.argv[2];
await build({
  entryPoints: ["src/cli/index.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: false,
  logLevel: "warning",
});
chmodSync("dist/cli.js", 0o755);
if (only !== "cli") {
  const baseUrl = process.env.THIDUA_BASE_URL || DEFAULT_BASE_URL;
  try {
    normalizeBaseUrl(baseUrl); // a bad base URL fails before the long webpack run, not after it
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  execFileSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production"], { stdio: "inherit" });
  console.log(`${writeManifest("dist", baseUrl)} written for ${normalizeBaseUrl(baseUrl)}`);
}
