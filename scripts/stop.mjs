// npm stop: ends what npm start started and frees port 3000 — the background dev server recorded in its pid
// file, and on Windows/macOS office-addin-debugging's session (it also unregisters the sideloaded add-in).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { isAlive, looksLikeOurServer, PID_FILE, PORT, probe, readPid, sleep } from "./devServer.mjs";

const debuggingCli = resolve("node_modules", "office-addin-debugging", "cli.js");

if ((process.platform === "win32" || process.platform === "darwin") && existsSync(debuggingCli)) {
  spawnSync(process.execPath, [debuggingCli, "stop", "manifest.xml"], { stdio: "inherit" });
}

function kill(pid) {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-pid, "SIGTERM"); // the whole group npm start created: webpack and anything it spawned
  } catch {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

const pid = readPid();
if (pid && isAlive(pid) && looksLikeOurServer(pid)) {
  kill(pid);
  for (let i = 0; i < 40 && isAlive(pid); i++) await sleep(250);
  console.log(`Dev server stopped (pid ${pid}).`);
} else if (pid) {
  console.log("The recorded dev server is no longer running.");
}
rmSync(PID_FILE, { force: true });

if ((await probe()) !== null) {
  console.error(`Port ${PORT} is still in use by a program npm start did not start; stop it yourself.`);
  process.exit(1);
}
console.log(`Port ${PORT} is free.`);
