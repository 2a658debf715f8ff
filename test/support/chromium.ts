// Headless Chromium from Debian's package for the end-to-end tests. Never `npx playwright install` (no
// downloads): when the package is missing the tests fail with the line that installs it — they never skip.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_INSTALL = "sudo apt-get install -y --no-install-recommends chromium";

/** @throws when Debian's chromium is not installed, naming the install command */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing. Install it with:\n  ${CHROMIUM_INSTALL}`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
  });
}
