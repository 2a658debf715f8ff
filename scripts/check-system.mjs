// npm test needs a few Debian packages (a real spreadsheet engine, a real browser). When one is missing the
// tests fail here, at once, with the line that installs it — they never skip.
import { execFileSync } from "node:child_process";

const needs = [
  { bin: "soffice", pkg: "libreoffice-calc-nogui", why: "LibreOffice recalculates the generated workbooks" },
  { bin: "ssconvert", pkg: "gnumeric", why: "Gnumeric recalculates the generated workbooks too" },
  { bin: "pdftotext", pkg: "poppler-utils", why: "reads the PDF of the printable report" },
  { bin: "chromium", pkg: "chromium", why: "end-to-end tests of the task pane in a real browser (/usr/bin/chromium)" },
];

function has(bin) {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const missing = needs.filter((n) => !has(n.bin));
if (missing.length > 0) {
  for (const m of missing) console.error(`Thiếu ${m.bin} (${m.why}).`);
  console.error(`Cài đặt / install with:\n  sudo apt-get install -y --no-install-recommends ${missing.map((m) => m.pkg).join(" ")}`);
  process.exit(1);
}
