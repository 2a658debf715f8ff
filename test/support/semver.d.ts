// The two functions of semver (a devDependency without bundled types) that test/project/engines.test.ts uses.
declare module "semver" {
  export function minVersion(range: string): { version: string } | null;
  export function satisfies(version: string, range: string): boolean;
  export function valid(version: string): string | null;
  const semver: { minVersion: typeof minVersion; satisfies: typeof satisfies; valid: typeof valid };
  export default semver;
}
