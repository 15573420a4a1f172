#!/usr/bin/env node
/**
 * Draws the add-in's icons (a green check on a table grid) and writes them as real PNG files:
 * assets/icon-16.png, icon-32, icon-64, icon-80 and icon-128. No dependencies beyond Node's zlib.
 *
 *   node scripts/make-icons.js [outDir]
 *
 * Each pixel is the average of 4×4 samples, so edges are anti-aliased at every size.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, no interlace)

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The glyph, in unit coordinates (0..1, y down)

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const COLORS = {
  paper: hex("#FFFFFF"),
  frame: hex("#4A5563"),
  header: hex("#CFE8D8"),
  grid: hex("#8A96A3"),
  halo: hex("#FFFFFF"),
  check: hex("#107C41"), // Excel green
};

function inRoundedRect(x, y, l, t, r, b, radius) {
  if (x < l || x > r || y < t || y > b) return false;
  const cx = Math.min(Math.max(x, l + radius), r - radius);
  const cy = Math.min(Math.max(y, t + radius), b - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [
  [0.4, 0.64],
  [0.58, 0.82],
  [0.92, 0.42],
];

function distToCheck(x, y) {
  let d = Infinity;
  for (let i = 0; i + 1 < CHECK.length; i++) d = Math.min(d, distToSegment(x, y, ...CHECK[i], ...CHECK[i + 1]));
  return d;
}

/** Colour of one sample point; `px` is the size of one pixel in unit coordinates. */
function sample(x, y, px) {
  const line = Math.max(px, 0.035); // grid lines never thinner than one pixel
  const L = 0.06,
    T = 0.1,
    R = 0.94,
    B = 0.9;
  const checkWidth = Math.max(0.13, 2.2 * px);
  const halo = checkWidth / 2 + Math.max(0.05, 1.2 * px);
  const dCheck = distToCheck(x, y);
  if (dCheck <= checkWidth / 2) return COLORS.check;
  if (dCheck <= halo) return COLORS.halo;
  const radius = 0.08;
  if (!inRoundedRect(x, y, L, T, R, B, radius)) return null; // transparent
  if (!inRoundedRect(x, y, L + line, T + line, R - line, B - line, Math.max(0, radius - line))) return COLORS.frame;
  // header row, three columns and three body rows
  const headerBottom = T + (B - T) * 0.25;
  const cols = [L + (R - L) / 3, L + (2 * (R - L)) / 3];
  const rows = [headerBottom, headerBottom + (B - headerBottom) / 3, headerBottom + (2 * (B - headerBottom)) / 3];
  for (const c of cols) if (Math.abs(x - c) <= line / 2) return COLORS.grid;
  for (const r of rows) if (Math.abs(y - r) <= line / 2) return r === headerBottom ? COLORS.frame : COLORS.grid;
  if (y < headerBottom) return COLORS.header;
  return COLORS.paper;
}

function draw(size) {
  const SS = 4;
  const px = 1 / size;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = sample((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size, px);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / (SS * SS));
    }
  }
  return encodePng(size, size, out);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, draw(size));
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

if (require.main === module) main();

module.exports = { draw, encodePng, SIZES };
