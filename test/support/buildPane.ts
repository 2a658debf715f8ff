// Builds the task pane with the project's own webpack.config.js into a folder of the test's choosing
// (never dist/, which other work uses), and returns webpack's stats for checks on chunks.
import { join } from "node:path";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

const ROOT = join(__dirname, "..", "..");

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

export async function paneConfig(mode: "production" | "development", outDir: string): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true }, { mode });
  return { ...config, mode, output: { ...config.output, path: outDir } };
}

/** @throws when webpack reports errors */
export function runWebpack(config: Configuration): Promise<StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats) return reject(new Error("webpack returned no stats"));
      const json = stats.toJson({ all: false, assets: true, chunks: true, chunkModules: true, entrypoints: true, errors: true, ids: true });
      if (stats.hasErrors()) return reject(new Error(JSON.stringify(json.errors, null, 2)));
      resolve(json);
    });
  });
}

/** Names of the modules in a chunk, with concatenated modules opened up. */
export function moduleNames(chunk: NonNullable<StatsCompilation["chunks"]>[number]): string[] {
  const names: string[] = [];
  const walk = (mods: NonNullable<typeof chunk.modules>) => {
    for (const m of mods) {
      if (m.name) names.push(m.name);
      if (m.modules) walk(m.modules);
    }
  };
  walk(chunk.modules ?? []);
  return names;
}
