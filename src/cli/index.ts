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
  // The command is done: exit once what it wrote is flushed, rather than when the event loop runs dry. A natural
  // exit first runs the garbage collector's idle tasks and tears the heap down (~10 ms of a 60-unit validate); the
  // 'exit' handlers (temporary files) run either way. An empty write's callback comes after every earlier write.
  const streams = stdoutClosed ? [process.stderr] : [process.stdout, process.stderr];
  let left = streams.length;
  for (const stream of streams) stream.write("", () => --left === 0 && process.exit(code));
});
