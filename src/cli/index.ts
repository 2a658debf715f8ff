#!/usr/bin/env node
import { runCli } from "./main";
import { terminalProgress } from "./progress";

// A reader that stops early (`thidua rank … | head`) closes the pipe: the rest of the output has nobody to read
// it, which is no error. The command still runs to its end, so a file it writes is never left half-done.
let stdoutClosed = false;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  stdoutClosed = true;
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => {
    if (!stdoutClosed) process.stdout.write(s + "\n");
  },
  err: (s) => process.stderr.write(s + "\n"),
  progress: (label) => terminalProgress(process.stderr, label),
}).then((code) => {
  process.exitCode = code;
});
