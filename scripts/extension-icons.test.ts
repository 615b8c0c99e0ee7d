import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconSvg, rasterise } from './extension-icons';

const ICON_DIR = new URL('../extension/public/icon/', import.meta.url);

/** The RGBA pixels of one of our own PNGs (a single IDAT, every row unfiltered, as the script writes them). */
function pixelsOf(file: Buffer): Uint8Array {
  const width = file.readUInt32BE(16);
  const idat = file.indexOf('IDAT', 8, 'ascii');
  const rows = inflateSync(file.subarray(idat + 4, idat + 4 + file.readUInt32BE(idat - 4)));
  const out = new Uint8Array(width * width * 4);
  for (let y = 0; y < width; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    out.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return out;
}

describe('the committed extension icons', () => {
  it('are what the script draws now: run `npm run icons -w extension` after changing a shape', () => {
    expect(readFileSync(new URL('icon.svg', ICON_DIR), 'utf8')).toBe(iconSvg());
    for (const size of ICON_SIZES) {
      const file = readFileSync(new URL(`${size}.png`, ICON_DIR));
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
      expect(Buffer.from(pixelsOf(file)).equals(Buffer.from(rasterise(size)))).toBe(true);
    }
  });

  it('are opaque in the middle and transparent in the corners, at every size', () => {
    for (const size of ICON_SIZES) {
      const pixels = rasterise(size);
      const alpha = (x: number, y: number) => pixels[(y * size + x) * 4 + 3];
      expect(alpha(0, 0)).toBe(0);
      expect(alpha(size >> 1, size >> 1)).toBe(255);
    }
  });
});
