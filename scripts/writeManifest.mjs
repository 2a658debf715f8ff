// The production manifest: manifest.xml with every development URL (https://localhost:3000/…) moved to the
// base URL the province hosts the build at. `npm run build` calls it; on its own:
//   THIDUA_BASE_URL=https://thidua.example.gov.vn/addin/ node scripts/writeManifest.mjs [outDir]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const DEV_BASE_URL = "https://localhost:3000/";
export const DEFAULT_BASE_URL = DEV_BASE_URL;

/**
 * The base URL with a trailing slash.
 * @throws when it is not an absolute https URL: Office loads add-ins only over https.
 */
export function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`THIDUA_BASE_URL is not a URL: "${raw}" (expected e.g. https://thidua.example.gov.vn/addin/)`);
  }
  if (url.protocol !== "https:") throw new Error(`THIDUA_BASE_URL must use https, found "${raw}"`);
  if (url.search || url.hash) throw new Error(`THIDUA_BASE_URL must not carry a query or fragment, found "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml's text with its URLs moved to baseUrl; the AppDomain (an origin, no path) to its origin. */
export function productionManifest(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const devOrigin = new URL(DEV_BASE_URL).origin;
  return xml.split(DEV_BASE_URL).join(base).split(devOrigin).join(origin);
}

export function writeManifest(outDir = "dist", baseUrl = process.env.THIDUA_BASE_URL || DEFAULT_BASE_URL) {
  const xml = productionManifest(readFileSync("manifest.xml", "utf8"), baseUrl);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "manifest.xml");
  writeFileSync(file, xml);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`${writeManifest(process.argv[2])} → ${normalizeBaseUrl(process.env.THIDUA_BASE_URL || DEFAULT_BASE_URL)}`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
