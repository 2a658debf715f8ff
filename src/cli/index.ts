#!/usr/bin/env node
import { runCli } from "./main";
import { terminalProgress } from "./progress";

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  progress: (label) => terminalProgress(process.stderr, label),
}).then((code) => {
  process.exitCode = code;
});
