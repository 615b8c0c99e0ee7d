import { describe, expect, it } from 'vitest';
import { boxAt, chooseCorner } from './placement';

const viewport = { width: 1000, height: 700 };
const toast = { width: 340, height: 90 };

describe('where the notes go', () => {
  it('takes the top right when the composer and its send button sit at the bottom, as on the chat sites', () => {
    const composer = { x: 200, y: 600, width: 600, height: 60 };
    const send = { x: 760, y: 615, width: 32, height: 32 };
    expect(chooseCorner(toast, viewport, [send, composer])).toBe('top-right');
  });

  it('moves to the bottom when the composer is at the top', () => {
    const composer = { x: 150, y: 30, width: 650, height: 60 };
    const send = { x: 810, y: 40, width: 40, height: 36 };
    expect(chooseCorner(toast, viewport, [send, composer])).toBe('bottom-right');
  });

  it('keeps the send button free before the composer when no corner is free of both', () => {
    const narrow = { width: 400, height: 300 };
    const composer = { x: 0, y: 0, width: 400, height: 300 };
    const send = { x: 350, y: 250, width: 40, height: 40 };
    const corner = chooseCorner(toast, narrow, [send, composer]);
    const box = boxAt(corner, toast, narrow, 16);
    expect(box.x + box.width <= send.x || box.y + box.height <= send.y).toBe(true);
  });

  it('places a box inside the viewport, its margin from the edges', () => {
    expect(boxAt('bottom-right', toast, viewport, 16)).toEqual({ x: 644, y: 594, width: 340, height: 90 });
    expect(boxAt('top-left', toast, viewport, 16)).toEqual({ x: 16, y: 16, width: 340, height: 90 });
  });
});
