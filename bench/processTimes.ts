import { spawnSync } from "node:child_process";

/** One whole process: wall time, and the CPU time (user + system) it and its children used, in milliseconds. */
export interface ProcessTime {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Runs `command args…` through sh, whose `times` reports the CPU its children used: a figure other jobs on a
 * shared machine disturb much less than wall time. Output is discarded; a non-zero exit is refused unless
 * `exitCodes` admits it.
 * @throws when the command fails or `times` can't be read
 */
export function timeProcess(command: string, args: readonly string[], cwd: string, exitCodes: readonly number[] = [0], env: NodeJS.ProcessEnv = process.env): ProcessTime {
  const script = '"$@" >/dev/null 2>&1; code=$?; times; exit $code';
  const t0 = performance.now();
  const r = spawnSync("sh", ["-c", script, "sh", command, ...args], { cwd, encoding: "utf8", env });
  const wallMs = performance.now() - t0;
  if (r.status === null || !exitCodes.includes(r.status)) throw new Error(`${command} ${args.join(" ")} exited ${r.status}`);
  // `times` prints the shell's own times, then its children's: "0m0.412s 0m0.051s"
  const children = r.stdout.trim().split("\n").pop() ?? "";
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (secs.length !== 2) throw new Error(`no CPU times from sh for ${command}: ${r.stdout}`);
  return { wallMs, cpuMs: (secs[0] + secs[1]) * 1000 };
}

/** Medians of wall and CPU time over `runs` runs after `warmup` runs. */
export function medianProcess(command: string, args: readonly string[], cwd: string, runs: number, warmup = 1, exitCodes: readonly number[] = [0], env: NodeJS.ProcessEnv = process.env): ProcessTime {
  for (let i = 0; i < warmup; i++) timeProcess(command, args, cwd, exitCodes, env);
  return medianOf(Array.from({ length: runs }, () => timeProcess(command, args, cwd, exitCodes, env)));
}

/** The median wall time and the median CPU time of some runs. */
export function medianOf(times: readonly ProcessTime[]): ProcessTime {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(times.map((t) => t.cpuMs)) };
}
