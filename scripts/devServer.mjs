// What `npm start` and `npm stop` share: where the background dev server's pid and log live, and how to tell
// that it answers. Kept under node_modules/.cache so nothing shows up in git.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";
import { setTimeout } from "node:timers";

export const PORT = 3000;
export const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
export const STATE_DIR = join("node_modules", ".cache", "thidua");
export const PID_FILE = join(STATE_DIR, "dev-server.pid");
export const LOG_FILE = join(STATE_DIR, "dev-server.log");
/** Written by webpack/devHttps.js when the certificate needs the user's hand (how to trust it). */
export const HTTPS_NOTE_FILE = join(STATE_DIR, "https-note.txt");

export function ensureStateDir() {
  mkdirSync(STATE_DIR, { recursive: true });
}

export function readPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** On Linux, whether the pid still runs webpack (a pid recorded long ago may belong to something else now). */
export function looksLikeOurServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return process.platform !== "linux" && isAlive(pid);
  return readFileSync(cmdline, "utf8").includes("webpack");
}

/** Resolves with the HTTP status of the pane's page, or null when nothing answers on the port. */
export function probe(url = PANE_URL) {
  return new Promise((resolve) => {
    // The dev certificate may not be trusted yet: for a liveness check that does not matter.
    const req = request(url, { method: "GET", rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on("error", () => resolve(null));
    req.on("timeout", () => {
      req.destroy();
      resolve(null);
    });
    req.end();
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
