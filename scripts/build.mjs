// npm run build: the CLI bundle (dist/cli.js) and, unless "cli" is asked for, the task pane (webpack).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chmodSync } from "node:fs";

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
  execFileSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production"], { stdio: "inherit" });
}
