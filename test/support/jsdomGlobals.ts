// jsdom has no TextEncoder/TextDecoder, and a module may make one as it loads (hosts/xlsx/xmlBytes.ts): set before
// any test file's imports are evaluated (a test's own polyfill would come after its hoisted imports).
import { TextDecoder, TextEncoder } from "node:util";

(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= TextDecoder;
