// npm start.
//  - Windows, macOS: office-addin-debugging starts the dev server (npm run dev-server) and sideloads
//    manifest.xml into desktop Excel, as in the Yo Office template.
//  - Linux (no desktop Excel), or when office-addin-debugging is missing: the https dev server runs in the
//    background (pid and log under node_modules/.cache/thidua), and the steps to use it are printed.
// `npm stop` ends either.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ensureStateDir, HTTPS_NOTE_FILE, isAlive, LOG_FILE, looksLikeOurServer, PANE_URL, PID_FILE, PORT, probe, readPid, sleep,
} from "./devServer.mjs";
import progress from "./startProgress.cjs";

const { lastPercent, progressLine, shouldReport } = progress;

const READY_TIMEOUT_MS = 180_000;
const debuggingCli = resolve("node_modules", "office-addin-debugging", "cli.js");

function desktopExcel() {
  if (!existsSync(debuggingCli)) {
    console.warn("office-addin-debugging is not installed (an optional dependency): starting the dev server only.");
    return false;
  }
  const r = spawnSync(process.execPath, [debuggingCli, "start", "manifest.xml", "desktop", "--app", "excel"], { stdio: "inherit" });
  return r.status === 0;
}

async function backgroundServer() {
  const running = readPid();
  if (running && isAlive(running) && looksLikeOurServer(running)) {
    console.log(`The dev server is already running (pid ${running}).`);
    return true;
  }
  if ((await probe()) !== null) {
    console.error(`Port ${PORT} is in use by another program. Stop it (or run npm stop if it is an old dev server) and try again.`);
    return false;
  }
  ensureStateDir();
  rmSync(HTTPS_NOTE_FILE, { force: true });
  const log = openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, [resolve("node_modules", "webpack", "bin", "webpack.js"), "serve", "--mode", "development", "--progress"], {
    detached: true, // its own process group: it outlives this script, and npm stop ends the whole group
    stdio: ["ignore", log, log],
    env: { ...process.env, THIDUA_HTTPS_NOTE_FILE: HTTPS_NOTE_FILE },
  });
  closeSync(log);
  writeFileSync(PID_FILE, String(child.pid));
  let exited = false;
  child.on("exit", () => (exited = true));
  child.unref();
  console.log(`Starting the dev server (pid ${child.pid}; log ${LOG_FILE}) …`);
  const started = Date.now();
  const deadline = started + READY_TIMEOUT_MS;
  let reported = null;
  while (Date.now() < deadline) {
    // the first build takes a while: say how far it got rather than sit silent
    const percent = lastPercent(readLogTail());
    if (shouldReport(reported, Date.now(), percent)) {
      console.log(progressLine(Date.now() - started, percent));
      reported = { at: Date.now(), percent };
    }
    if (exited) {
      console.error(`The dev server stopped while starting. Its log:\n${readFileSync(LOG_FILE, "utf8").slice(-4000)}`);
      rmSync(PID_FILE, { force: true });
      return false;
    }
    if ((await probe()) === 200) return true;
    await sleep(500);
  }
  console.error(`The dev server did not answer within ${READY_TIMEOUT_MS / 1000} s; see ${LOG_FILE}. npm stop ends it.`);
  return false;
}

/** The end of the dev server's log, where webpack's latest progress is. */
function readLogTail() {
  try {
    return readFileSync(LOG_FILE, "utf8").slice(-4000);
  } catch {
    return "";
  }
}

function printSteps() {
  const manifest = resolve("manifest.xml");
  if (existsSync(HTTPS_NOTE_FILE)) console.log(`\n${readFileSync(HTTPS_NOTE_FILE, "utf8").trim()}`);
  console.log(`
Thi đua is served at https://localhost:${PORT}/

  The pane in a plain browser (file mode, no Office, nothing leaves this machine):
    ${PANE_URL}

  In Excel on the web (the browser you use must trust the certificate above):
    1. Open a workbook at https://excel.cloud.microsoft/ (or office.com > Excel).
    2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in
       (in some versions: Insert > Add-ins > Upload My Add-in).
    3. Choose ${manifest} and upload it.
    4. The "Thi đua" group appears on the Home tab: its button opens the pane.

  Log: ${LOG_FILE}   Stop: npm stop
`);
}

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && desktopExcel()) process.exit(0);
if (desktop) console.warn("Sideloading into desktop Excel did not work: serving the pane for a browser instead.");
if (!(await backgroundServer())) process.exit(1);
printSteps();
