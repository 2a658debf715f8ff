// npm start's helpers, without a server: the words for a certificate that could not be installed, and the
// progress told while the first build runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { explainCertificateError } = require("../../webpack/devHttps") as { explainCertificateError: (e: unknown) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lastPercent, progressLine, shouldReport } = require("../../scripts/startProgress.cjs") as {
  lastPercent: (log: string) => number | null;
  progressLine: (elapsedMs: number, percent: number | null) => string;
  shouldReport: (last: { at: number; percent: number | null } | null, now: number, percent: number | null, everyMs?: number) => boolean;
};

describe("a development certificate that could not be installed", () => {
  it.each([
    ["Unable to install the CA certificate. /bin/sh: 1: sudo: not found", /has no sudo/],
    ["Unable to install the CA certificate. bash: sudo: command not found", /has no sudo/],
    ["Unable to install the CA certificate. sudo: a terminal is required to read the password", /needs a password/],
    ["Unable to install the CA certificate. alice is not in the sudoers file.", /may not use sudo/],
    ["Unable to install the CA certificate. cp: cannot create regular file: Permission denied", /no permission/],
  ])("%s → explained in words", (message, words) => {
    const said = explainCertificateError(new Error(message));
    expect(said).toMatch(words);
    expect(said).not.toMatch(/sudo: not found|command not found|\/bin\/sh/);
    expect(said).toMatch(/by hand/);
  });

  it("keeps an unknown cause's own line, without the library's prefix", () => {
    expect(explainCertificateError(new Error("Unable to install the CA certificate. disk on fire\nmore"))).toBe("disk on fire. Trust the CA by hand as below.");
  });
});

describe("progress while the first build runs", () => {
  it("reads webpack's last percentage from the log", () => {
    expect(lastPercent("")).toBeNull();
    expect(lastPercent("<i> [webpack-dev-server] Project is running at:\n")).toBeNull();
    expect(lastPercent("<s> [webpack.Progress] 10% building 0/1 entries\n<s> [webpack.Progress] 45% building 120/300 modules\n")).toBe(45);
  });

  it("words a line with the seconds gone by, and the percentage when there is one", () => {
    expect(progressLine(12_400, 45)).toBe("Building the pane for the first time… 12 s (45 %)");
    expect(progressLine(3_000, null)).toBe("Building the pane for the first time… 3 s");
  });

  it("reports at once, then when the percentage moves or every few seconds", () => {
    expect(shouldReport(null, 0, null)).toBe(true);
    const last = { at: 1000, percent: 40 };
    expect(shouldReport(last, 2000, 40)).toBe(false);
    expect(shouldReport(last, 2000, 41)).toBe(true);
    expect(shouldReport(last, 6000, 40)).toBe(true);
    expect(shouldReport({ at: 1000, percent: null }, 3000, null)).toBe(false);
  });
});
