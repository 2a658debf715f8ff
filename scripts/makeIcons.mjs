// Draws the add-in's icons (a red emulation flag with a gold star, as on a Cờ thi đua) as real PNG files at
// the sizes the manifest names. Kept as a script, not binary-only, so the design can be changed and redrawn:
//   node scripts/makeIcons.mjs
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

export const ICON_SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4; // 4×4 samples per pixel, so the star's edges are smooth even at 16 px

const POLE = { x0: 0.12, x1: 0.19, y0: 0.1, y1: 0.94, rgb: [0x5b, 0x5b, 0x5b] };
const KNOB = { cx: 0.155, cy: 0.09, r: 0.06, rgb: [0xff, 0xcd, 0x00] };
const FLAG = { x0: 0.19, x1: 0.93, y0: 0.14, y1: 0.64, rgb: [0xda, 0x25, 0x1d] };
const STAR = { cx: 0.56, cy: 0.4, outer: 0.19, inner: 0.075, rgb: [0xff, 0xcd, 0x00] };

const starPolygon = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? STAR.outer : STAR.inner;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  return [STAR.cx + r * Math.cos(a), STAR.cy + r * Math.sin(a)];
});

function inPolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inRect = (x, y, r) => x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;

/** The colour at one point of the unit square, or null where the icon is transparent. */
function sample(x, y) {
  if (inPolygon(x, y, starPolygon)) return STAR.rgb;
  if (inRect(x, y, FLAG)) return FLAG.rgb;
  if ((x - KNOB.cx) ** 2 + (y - KNOB.cy) ** 2 <= KNOB.r ** 2) return KNOB.rgb;
  if (inRect(x, y, POLE)) return POLE.rgb;
  return null;
}

/** RGBA pixels, premultiplied-average over the supersamples (colour weighted by coverage). */
function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let r = 0, g = 0, b = 0, hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = sample((pxX + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; hits++; }
        }
      }
      const o = (py * size + pxX) * 4;
      if (hits > 0) {
        px[o] = Math.round(r / hits);
        px[o + 1] = Math.round(g / hits);
        px[o + 2] = Math.round(b / hits);
        px[o + 3] = Math.round((255 * hits) / n);
      }
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, filter type 0 on every row. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync("assets", { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(`assets/icon-${size}.png`, encodePng(size, draw(size)));
    console.log(`assets/icon-${size}.png`);
  }
}
