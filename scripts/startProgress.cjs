/* global module */
// What `npm start` tells while the first webpack build runs (30 s or more on a small machine): the percentage
// webpack reports in its log, or at least the seconds gone by — never a silent wait. CommonJS so that jest can
// test it as it is; start.mjs imports it.

/** The last percentage webpack's ProgressPlugin wrote into the log (`<s> [webpack.Progress] 45% building`), or null. */
function lastPercent(log) {
  const matches = [...String(log).matchAll(/\[webpack\.Progress\]\s+(\d{1,3})%/g)];
  if (matches.length === 0) return null;
  const n = Number(matches[matches.length - 1][1]);
  return Number.isFinite(n) ? Math.min(100, n) : null;
}

/** One line of progress: "Building for the first time… 12 s (45 %)". */
function progressLine(elapsedMs, percent) {
  const seconds = Math.round(elapsedMs / 1000);
  return `Building the pane for the first time… ${seconds} s${percent === null || percent === undefined ? "" : ` (${percent} %)`}`;
}

/** Whether a new line is worth printing: the percentage moved, or some seconds passed since the last line. */
function shouldReport(last, now, percent, everyMs = 5000) {
  if (!last) return true;
  if (percent !== null && percent !== last.percent) return true;
  return now - last.at >= everyMs;
}

module.exports = { lastPercent, progressLine, shouldReport };
