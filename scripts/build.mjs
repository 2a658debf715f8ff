// npm run build: the CLI bundle (dist/cli.js) and, unless "cli" is asked for, the task pane (webpack) and
// dist/manifest.xml for the production base URL (env THIDUA_BASE_URL, default https://localhost:3000/).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
 * The CLI in two parts, so `--help` parses only the help:
 * - dist/cli.js, the `thidua` bin: a small CommonJS file (Node starts CommonJS fastest) holding the help, the
 *   language option and the verb names (src/cli/main.ts). It loads dist/cli/runVerb.cjs only when a verb runs.
 * - dist/cli/runVerb.cjs: every verb in one CommonJS bundle; each verb's modules are still evaluated only when
 *   that verb runs (esbuild keeps runVerb.ts's `import()`s lazy). It is CommonJS so that the entry can compile
 *   it through vm.Script with V8's code cache (cachedVerbs below): a fresh command spends much of its CPU compiling
 *   our code, which a warm process does not. Measured on 60 × 120, interleaved with the ES-module-chunk build
 *   this replaced, CPU medians (25 and 15 runs): rank 900 → 820 ms, validate 870 → 800 ms.
 */
async function buildCli() {
  rmSync("dist/cli", { recursive: true, force: true }); // no stale bundle or cache of an earlier build stays
  const common = { bundle: true, platform: "node", target: "node20", sourcemap: false, logLevel: "warning" };
  await build({
    ...common,
    entryPoints: ["src/cli/runVerb.ts"],
    outfile: "dist/cli/runVerb.cjs",
    format: "cjs",
    plugins: [zodEnglishOnly()],
  });
  asciiOnly("dist/cli/runVerb.cjs");
  // the bundle's hash names its caches; taken here once, not by every command (hashing 1 MB cost ~4 ms a run)
  const hash = createHash("sha256").update(readFileSync("dist/cli/runVerb.cjs")).digest("hex").slice(0, 16);
  await build({
    ...common,
    entryPoints: ["src/cli/index.ts"],
    outfile: "dist/cli.js",
    format: "cjs",
    plugins: [cachedVerbs(hash)],
  });
  chmodSync("dist/cli.js", 0o755);
}

/**
 * The verb bundle in ASCII, so the entry reads it as latin1: a one-byte string, made in half the time of decoding
 * UTF-8 into the two-byte string a single Vietnamese letter forces (950 KB: ~2.5 ms instead of ~5, every command).
 * esbuild escapes strings but leaves comments, regular expressions and String.raw templates as written; `\uXXXX`
 * (each UTF-16 unit) means the same character in a comment and in a regular expression, but not in a raw template
 * used as a plain string: a raw template with non-ASCII text is only accepted as the source of a RegExp.
 */
function asciiOnly(file) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/String\.raw`[^`]*`/g)) {
    if (/[\u0080-\uffff]/.test(m[0]) && !text.startsWith("new RegExp(", m.index - "new RegExp(".length)) {
      throw new Error(`${file}: a String.raw template with non-ASCII text outside new RegExp(…) can't be escaped: ${m[0].slice(0, 80)}`);
    }
  }
  writeFileSync(file, text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/**
 * main.ts's `import("./runVerb")`, in dist/cli.js: dist/cli/runVerb.cjs compiled with V8's code cache. The cache
 * (dist/cli/runVerb-<sha256 of the bundle, taken at build>-<verb>.cache, one per verb, so each holds the functions its verb ran)
 * is written after a verb's first run, through a temporary renamed into place; a cache V8 rejects (another Node,
 * other flags) is rewritten, one of another bundle is never read (its name holds the bundle's hash), and a
 * folder we may not write to only means no cache. Tests run src/ directly and never come here.
 */
function cachedVerbs(hash) {
  const loader = `
    const fs = require("node:fs"), path = require("node:path"), vm = require("node:vm"), Module = require("node:module");
    // A command runs once, for a few hundred milliseconds: with TurboFan inlining, each optimized function (the
    // sheet reader's, the score book's) cost 20-40 ms to compile in the background and arrived after most of the
    // work was done. Without it the hot loops are optimized sooner (60 x 120, 21 interleaved runs: rank 270 -> 260
    // ms wall, 360 -> 330 CPU; validate 310 -> 280 wall, 430 -> 370 CPU). Set before the code cache is read, so the
    // cache is made and checked under the same flags; only on the V8 versions known to have the flag (an unknown
    // one prints an error line).
    const v8Major = Number(process.versions.v8.split(".")[0]);
    if (v8Major >= 11 && v8Major <= 13) require("node:v8").setFlagsFromString("--no-turbo-inlining");
    const file = path.join(__dirname, "cli", "runVerb.cjs");
    const source = fs.readFileSync(file, "latin1"); // ASCII: asciiOnly above
    const hash = ${JSON.stringify(hash)};
    const cacheFor = (verb) => path.join(__dirname, "cli", "runVerb-" + hash + "-" + String(verb).replace(/[^a-z]/g, "") + ".cache");
    let script = null, cachedData, cacheFile;
    function load(verb) {
      cacheFile = cacheFor(verb);
      try { cachedData = fs.readFileSync(cacheFile); } catch { cachedData = undefined; }
      script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
      const m = { exports: {} };
      script.runInThisContext()(m.exports, Module.createRequire(file), m, file, path.dirname(file));
      return m.exports;
    }
    function keepCache() {
      if (cachedData !== undefined && !script.cachedDataRejected) return;
      const tmp = cacheFile + "." + process.pid + ".tmp";
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        try { fs.rmSync(tmp, { force: true }); } catch {}
      }
    }
    exports.runVerb = async (verb, ...rest) => {
      const code = await load(verb).runVerb(verb, ...rest);
      keepCache();
      return code;
    };
  `;
  return {
    name: "cached-verbs",
    setup(b) {
      b.onResolve({ filter: /^\.\/runVerb$/ }, () => ({ path: "runVerb", namespace: "cached-verbs" }));
      b.onLoad({ filter: /.*/, namespace: "cached-verbs" }, () => ({ contents: loader, loader: "js" }));
    },
  };
}

/**
 * zod's `z.locales` namespace holds its messages in 60-odd languages, about half of zod's code; we word every
 * finding ourselves (src/i18n) from zod's issue codes, never its messages, so the CLI bundles English only
 * (zod/mini, which schemas.ts uses, exports the namespace without loading a language).
 */
function zodEnglishOnly() {
  const importers = /zod[\\/]v4[\\/](classic[\\/]external|mini[\\/]external|core[\\/]index)\.js$/;
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
