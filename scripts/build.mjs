// npm run build: the CLI bundle (dist/cli.js) and, unless "cli" is asked for, the task pane (webpack) and
// dist/manifest.xml for the production base URL (env THIDUA_BASE_URL, default https://localhost:3000/).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chmodSync, rmSync } from "node:fs";
import { DEFAULT_BASE_URL, normalizeBaseUrl, writeManifest } from "./writeManifest.mjs";

const only = process.argv[2];
await buildCli();
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

/**
 * The CLI in two parts, so a command parses only the code it runs:
 * - dist/cli.js, the `thidua` bin: a small CommonJS file (Node starts CommonJS fastest) holding the help, the
 *   language option and the verb names (src/cli/main.ts). It imports dist/cli/runVerb.mjs only when a verb runs.
 * - dist/cli/*.mjs: runVerb and one chunk per verb, with the code they share in shared chunks (esbuild's code
 *   splitting works on ES modules only). `thidua rank` loads the reading path, never the writers.
 */
async function buildCli() {
  rmSync("dist/cli", { recursive: true, force: true }); // no stale chunk of an earlier build stays beside the new ones
  const common = { bundle: true, platform: "node", target: "node20", sourcemap: false, logLevel: "warning" };
  await build({
    ...common,
    entryPoints: ["src/cli/index.ts"],
    outfile: "dist/cli.js",
    format: "cjs",
    plugins: [{
      name: "verbs-apart",
      setup(b) {
        b.onResolve({ filter: /^\.\/runVerb$/ }, () => ({ path: "./cli/runVerb.mjs", external: true }));
      },
    }],
  });
  chmodSync("dist/cli.js", 0o755);
  await build({
    ...common,
    entryPoints: ["src/cli/runVerb.ts"],
    outdir: "dist/cli",
    format: "esm",
    splitting: true,
    chunkNames: "[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    plugins: [zodEnglishOnly()],
    // bundled CommonJS packages call require() for Node's own modules; an ES module has none of its own
    banner: { js: 'import { createRequire as __thiduaRequire } from "node:module"; const require = __thiduaRequire(import.meta.url);' },
  });
}

/**
 * zod's `z.locales` namespace holds its messages in 60-odd languages, about half of zod's code; we word every
 * finding ourselves (src/i18n) and zod is configured with English on import, so the CLI bundles English only.
 */
function zodEnglishOnly() {
  const importers = /zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/;
  return {
    name: "zod-english-only",
    setup(b) {
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        importers.test(args.importer) ? { path: "zod-locales", namespace: "zod-english-only", pluginData: args.resolveDir } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
        contents: 'export { default as en } from "../locales/en.js";',
        resolveDir: args.pluginData,
      }));
    },
  };
}
