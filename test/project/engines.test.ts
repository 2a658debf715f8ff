import { readFileSync } from "node:fs";
import * as path from "node:path";
import semver from "semver";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[]; hasInstallScript?: boolean }>;
};

/** A package's declared Node range: an object's `node`, or the old array form ["node >= 0.8.0"]. */
function nodeRange(engines: Record<string, string> | string[] | undefined): string | undefined {
  if (Array.isArray(engines)) return engines.find((e) => /^node\b/.test(e))?.replace(/^node\s*/, "");
  return engines?.node;
}

const installed = Object.entries(lock.packages).filter(([where]) => where !== "");
const name = (where: string) => where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);

describe("package-lock.json against our engines", () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;

  it("declares a Node range with a lowest version", () => {
    expect(semver.valid(lowest)).toBe(lowest);
  });

  it("holds only packages whose declared engines admit the lowest Node we declare", () => {
    const refused = installed
      .map(([where, p]) => ({ where, version: p.version, range: nodeRange(p.engines) }))
      .filter((p) => p.range !== undefined && !semver.satisfies(lowest, p.range))
      .map((p) => `${name(p.where)}@${p.version} wants node ${p.range}`);
    expect(refused).toEqual([]);
  });

  it("is a check that can fail: a package wanting a newer Node than ours is caught", () => {
    expect(semver.satisfies(lowest, ">= 22.15.0")).toBe(false);
    expect(nodeRange(["node >= 0.8.0"])).toBe(">= 0.8.0");
  });
});

describe("install scripts", () => {
  it("every package with an install script is named in allowScripts, allowed or denied", () => {
    const decided = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@[^@]*$/, "$1")));
    const undecided = [...new Set(installed.filter(([, p]) => p.hasInstallScript).map(([where]) => name(where)))].filter((n) => !decided.has(n));
    expect(undecided).toEqual([]);
  });

  it("lets esbuild's install check run: the CLI build needs its binary", () => {
    expect(pkg.allowScripts?.esbuild).toBe(true);
  });
});
