export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Corner = 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

/** Chat sites keep the composer at the bottom, so the top is tried first; the right before the left (navigation). */
const ORDER: readonly Corner[] = ['top-right', 'bottom-right', 'top-left', 'bottom-left'];

export function boxAt(corner: Corner, size: { width: number; height: number }, viewport: { width: number; height: number }, margin: number): Box {
  const x = corner.endsWith('right') ? viewport.width - margin - size.width : margin;
  const y = corner.startsWith('bottom') ? viewport.height - margin - size.height : margin;
  return { x, y, width: size.width, height: size.height };
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where promptgate's notes go: the first corner that covers none of `keepClear` (most important first: the
 * send button, then the composer). When every corner covers something, the one that covers the most
 * important box least, then the next box, and so on.
 */
export function chooseCorner(size: { width: number; height: number }, viewport: { width: number; height: number }, keepClear: readonly Box[], margin = 16): Corner {
  const scored = ORDER.map((corner) => {
    const box = boxAt(corner, size, viewport, margin);
    return { corner, covered: keepClear.map((clear) => overlap(box, clear)) };
  });
  const clear = scored.find((option) => option.covered.every((area) => area === 0));
  if (clear) return clear.corner;
  const best = scored.reduce((a, b) => {
    const differ = a.covered.findIndex((area, i) => area !== b.covered[i]);
    return differ >= 0 && b.covered[differ]! < a.covered[differ]! ? b : a;
  });
  return best.corner;
}
