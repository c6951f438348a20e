// Draws Sourcelight's icon (a lit lens over a page) as PNGs, so no image editor is needed.
// Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => buf.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y, size), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Colour at a point of the unit square: a blue rounded tile, white text lines, an amber lens. */
function colourAt(u, v) {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const lens = Math.hypot(u - 0.6, v - 0.58);
  if (lens < 0.2) return [255, 196, 46, 255];
  if (lens < 0.26) return [255, 255, 255, 255];
  const line = [0.3, 0.45, 0.6, 0.75].some((y) => Math.abs(v - y) < 0.04) && u > 0.18 && u < 0.62;
  if (line) return [220, 230, 245, 255];
  return [22, 64, 140, 255];
}

for (const size of [16, 32, 48, 128]) {
  const samples = 4;
  const image = png(size, (x, y) => {
    const sum = [0, 0, 0, 0];
    for (let i = 0; i < samples; i++) for (let j = 0; j < samples; j++) {
      const c = colourAt((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size);
      c.forEach((v, k) => (sum[k] += v));
    }
    return sum.map((v) => Math.round(v / samples ** 2));
  });
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), image);
}
