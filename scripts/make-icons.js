#!/usr/bin/env node
// Draws the add-in's icon (a sheet with a header row and grid, and a check
// mark badge, in Fluent brand blue) and writes it as PNG at every size the
// manifest uses: assets/icon-16.png … icon-128.png. No packages: shapes are
// sampled 8×8 times per pixel for smooth edges, and the PNG is written with
// node's zlib.
//
//   node scripts/make-icons.js            writes assets/icon-*.png
//   node scripts/make-icons.js --check    exits 1 if a committed icon differs
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, '..', 'assets');

const BRAND = [0x0f, 0x6c, 0xbd]; // Fluent brand blue #0F6CBD
const TINT = [0xb4, 0xd6, 0xfa]; // Light brand tint for the grid lines
const WHITE = [0xff, 0xff, 0xff];

// ---- geometry, in units of the icon's side (0..1) --------------------------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const SHEET = { x0: 0.04, y0: 0.1, x1: 0.84, y1: 0.82, r: 0.09, border: 0.075 };
const HEADER_BOTTOM = 0.34;
const GRID_X = 0.36;
const GRID_Y = 0.58;
const GRID_HALF = 0.03;
const BADGE = { cx: 0.72, cy: 0.72, r: 0.26, ring: 0.06 };
const CHECK = [
  [0.6, 0.73],
  [0.69, 0.82],
  [0.85, 0.63],
];
const CHECK_HALF = 0.045;

/** The colour (RGB) and coverage (0 or 1) of one sample point; later shapes paint over earlier ones. */
function sample(x, y) {
  let colour = null;
  const { x0, y0, x1, y1, r, border } = SHEET;
  if (inRoundedRect(x, y, x0, y0, x1, y1, r)) {
    colour = BRAND;
    const inner = inRoundedRect(x, y, x0 + border, y0 + border, x1 - border, y1 - border, Math.max(0, r - border));
    if (inner && y > HEADER_BOTTOM) {
      colour = WHITE;
      if (Math.abs(x - GRID_X) <= GRID_HALF || Math.abs(y - GRID_Y) <= GRID_HALF) colour = TINT;
    }
  }
  const d = Math.hypot(x - BADGE.cx, y - BADGE.cy);
  if (d <= BADGE.r + BADGE.ring) colour = WHITE; // ring that separates the badge from the sheet
  if (d <= BADGE.r) {
    colour = BRAND;
    const onCheck =
      distanceToSegment(x, y, CHECK[0][0], CHECK[0][1], CHECK[1][0], CHECK[1][1]) <= CHECK_HALF ||
      distanceToSegment(x, y, CHECK[1][0], CHECK[1][1], CHECK[2][0], CHECK[2][1]) <= CHECK_HALF;
    if (onCheck) colour = WHITE;
  }
  return colour;
}

/** RGBA pixels of the icon at `size`×`size`, anti-aliased by supersampling. */
function render(size) {
  const n = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return pixels;
}

// ---- PNG -------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function iconPath(size) {
  return path.join(ASSETS, `icon-${size}.png`);
}

function main() {
  const check = process.argv.includes('--check');
  let differs = false;
  fs.mkdirSync(ASSETS, { recursive: true });
  for (const size of SIZES) {
    const png = encodePng(size, render(size));
    const file = iconPath(size);
    if (check) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) {
        console.error(`${path.relative(process.cwd(), file)} differs from what scripts/make-icons.js draws`);
        differs = true;
      }
    } else {
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size}, ${png.length} bytes)`);
    }
  }
  if (differs) process.exitCode = 1;
}

if (require.main === module) main();

module.exports = { SIZES, render, encodePng };
