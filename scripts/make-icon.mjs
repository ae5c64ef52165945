// Draws the extension's icon (images/icon.png, 256×256): a speech bubble holding two quotation
// marks in speaker colours, on a dark rounded square. Plain Node (zlib), so it needs no image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 256;
const SS = 4; // supersampling per axis
const rgba = new Uint8Array(N * N * 4);

const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by),
    d2 = s(x, y, bx, by, cx, cy),
    d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
// A quotation mark: a dot with a tail curving down-left.
const mark = (x, y, cx, cy) =>
  circle(x, y, cx, cy, 15) || triangle(x, y, [cx - 15, cy], [cx + 13, cy + 6], [cx - 18, cy + 40]);

const BG = [26, 32, 54],
  BUBBLE = [246, 246, 250],
  LEFT = [230, 120, 40],
  RIGHT = [40, 150, 220];

function colourAt(x, y) {
  if (!roundedRect(x, y, 8, 8, 248, 248, 44)) return null;
  if (mark(x, y, 100, 112)) return LEFT;
  if (mark(x, y, 156, 112)) return RIGHT;
  if (roundedRect(x, y, 40, 52, 216, 180, 40) || triangle(x, y, [74, 170], [126, 170], [60, 222])) return BUBBLE;
  return BG;
}

for (let py = 0; py < N; py++) {
  for (let px = 0; px < N; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!c) continue;
        acc[0] += c[0];
        acc[1] += c[1];
        acc[2] += c[2];
        acc[3] += 255;
      }
    }
    const n = SS * SS;
    const a = acc[3] / n;
    const o = (py * N + px) * 4;
    rgba[o] = a ? Math.round(((acc[0] / n) * 255) / a) : 0;
    rgba[o + 1] = a ? Math.round(((acc[1] / n) * 255) / a) : 0;
    rgba[o + 2] = a ? Math.round(((acc[2] / n) * 255) / a) : 0;
    rgba[o + 3] = Math.round(a);
  }
}

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6;
ihdr[10] = 0;
ihdr[11] = 0;
ihdr[12] = 0;
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  Buffer.from(rgba.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
