// Draws the extension's icon: writes extension/public/icon/icon.svg and the PNGs the manifest names, from one
// description of the shapes, so the SVG and every size cannot drift apart. Run it after changing a shape:
// `npm run icons -w extension`. No image library: a few shapes, sampled 8x8 per pixel, and a plain PNG encoder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const VIEW = 128;
const SAMPLES = 8;
const OUT = fileURLToPath(new URL('../extension/public/icon', import.meta.url));

type Rgb = readonly [number, number, number];
interface Shape {
  color: Rgb;
  contains(x: number, y: number): boolean;
  svg: string;
}

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function roundedRect(x: number, y: number, w: number, h: number, r: number, color: Rgb): Shape {
  return {
    color,
    contains(px, py) {
      if (px < x || px > x + w || py < y || py > y + h) return false;
      // Inside the rectangle: only the four corner squares can be outside the rounding.
      const dx = Math.max(x + r - px, px - (x + w - r), 0);
      const dy = Math.max(y + r - py, py - (y + h - r), 0);
      return dx * dx + dy * dy <= r * r;
    },
    svg: `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${hex(color)}"/>`,
  };
}

function triangle(points: readonly [number, number][], color: Rgb): Shape {
  const [a, b, c] = points as [[number, number], [number, number], [number, number]];
  const side = (p: [number, number], q: [number, number], x: number, y: number) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return {
    color,
    contains(x, y) {
      const s = [side(a, b, x, y), side(b, c, x, y), side(c, a, x, y)];
      return s.every((v) => v >= 0) || s.every((v) => v <= 0);
    },
    svg: `<polygon points="${points.map((p) => p.join(',')).join(' ')}" fill="${hex(color)}"/>`,
  };
}

const NAVY: Rgb = [0x1d, 0x3f, 0x72];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/**
 * A chat bubble with a gate's bars in it, on a rounded square; later shapes paint over earlier ones. Edges of
 * the bubble and bars sit on multiples of 8, whole pixels at 16 px, so the smallest icon stays sharp.
 */
export const SHAPES: readonly Shape[] = [
  roundedRect(4, 4, 120, 120, 26, NAVY),
  roundedRect(16, 24, 88, 64, 16, WHITE),
  triangle(
    [
      [32, 80],
      [32, 108],
      [60, 80],
    ],
    WHITE,
  ),
  roundedRect(40, 40, 8, 32, 2, NAVY),
  roundedRect(56, 40, 8, 32, 2, NAVY),
  roundedRect(72, 40, 8, 32, 2, NAVY),
];

export function iconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${VIEW}" height="${VIEW}" viewBox="0 0 ${VIEW} ${VIEW}">\n${SHAPES.map((s) => `  ${s.svg}`).join('\n')}\n</svg>\n`;
}

/** RGBA pixels of the icon at `size`, edges antialiased by coverage (colours are not premultiplied). */
export function rasterise(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const scale = VIEW / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          const top = SHAPES.findLast((shape) => shape.contains(x, y));
          if (!top) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i]! += top.color[i]!;
        }
      }
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) pixels[at + i] = covered ? Math.round(sum[i]! / covered) : 0;
      pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour-with-alpha PNG, rows unfiltered. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'icon.svg'), iconSvg());
  for (const size of ICON_SIZES) writeFileSync(join(OUT, `${size}.png`), encodePng(size, rasterise(size)));
  console.log(`wrote icon.svg and ${ICON_SIZES.map((s) => `${s}.png`).join(', ')} to extension/public/icon`);
}
