import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../engine';
import { driversLicense } from '../drivers-license';
import { passportNumber } from '../passport-number';
import { forEachIdToken } from './id-token';
import { forEachLabelledIdToken } from './id-token-memo';
import { LabelRegions } from './label-regions';

function found(rules: Parameters<typeof createEngine>[0], text: string): string[] {
  return createEngine(rules)
    .detect(text)
    .map((f) => `${f.type} ${text.slice(f.start, f.end)}`)
    .sort();
}

const both = [passportNumber, driversLicense];

describe('id tokens shared by the passport and licence rules', () => {
  it('finds in a table of both what each rule finds alone', () => {
    const table = 'passport,driver licence,name\nX1234567,D1234-5678,Ann\nC01X00T47,AB12345-XYZ,Bo\n';
    const alone = [...found([passportNumber], table), ...found([driversLicense], table)].sort();
    expect(found(both, table)).toEqual(alone);
    expect(alone).toEqual(['drivers-license AB12345-XYZ', 'drivers-license D1234-5678', 'passport-number C01X00T47', 'passport-number X1234567']);
  });

  it('finds both when their labels are far apart, and again in the next text', () => {
    const filler = 'nothing to see here. '.repeat(500);
    const text = `passport no X1234567\n${filler}\ndriver licence D1234-5678\n`;
    expect(found(both, text)).toEqual(['drivers-license D1234-5678', 'passport-number X1234567']);
    const next = `driver licence A7654321 and passport 98765432X\n${filler}`;
    expect(found(both, next)).toEqual(['drivers-license A7654321', 'passport-number 98765432X']);
  });

  it('lists every token near the regions that a scan of the text alone lists, and no other there', () => {
    const pieces = ['A', 'X', '1', '9', '0', '-', '--', '.', '/', ' ', ',', '\n', 'a', '2024-01-15', 'AB12345-XYZ', '_'];
    let seed = 7;
    const pick = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = pick(400); i > 0; i--) text += pieces[pick(pieces.length)]!;
      text += String(round);
      const anchors = (): number[] => Array.from({ length: pick(4) }, () => pick(text.length)).sort((a, b) => a - b);
      const first = new LabelRegions(text, anchors());
      const second = new LabelRegions(text, anchors());
      for (const [regions, min, max, dashes] of [
        [first, 6, 9, false],
        [second, 5, 18, true],
      ] as const) {
        const alone: string[] = [];
        forEachIdToken(text, min, max, dashes, regions, (t) => alone.push(`${t.start}-${t.end}:${t.digits}/${t.dashes}`));
        const shared: string[] = [];
        forEachLabelledIdToken(text, min, max, dashes, regions, (t) => {
          const key = `${t.start}-${t.end}:${t.digits}/${t.dashes}`;
          if (regions.covers(t.start) || alone.includes(key)) shared.push(key);
        });
        expect(shared, JSON.stringify(text)).toEqual(alone);
      }
    }
  });
});
