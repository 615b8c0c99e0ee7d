import { describe, expect, it } from 'vitest';
import { INVISIBLE_RANGES } from './characters';
import { COMPAT_RANGES } from './compat-ranges';
import { FOLD, JSON_ESCAPES, type Unit, unitAt } from './units';

function unitOf(text: string, modes = JSON_ESCAPES | FOLD): Unit | undefined {
  const unit: Unit = { length: 0, text: '' };
  return unitAt(text, 0, modes, unit) ? unit : undefined;
}

/** Every code point outside ASCII and the surrogates for which `test` holds, as inclusive pairs. */
function rangesWhere(test: (char: string) => boolean): number[] {
  const ranges: number[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!test(String.fromCodePoint(cp))) continue;
    if (ranges.length > 0 && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  }
  return ranges;
}

describe('unitAt: JSON string escapes', () => {
  it('decodes the short escapes', () => {
    expect(['\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t'].map((escape) => unitOf(escape)?.text)).toEqual(['"', '\\', '/', '\b', '\f', '\n', '\r', '\t']);
    expect(unitOf('\\n')?.length).toBe(2);
  });

  it('decodes \\uXXXX in either case, and joins an escaped surrogate pair into one unit', () => {
    expect(unitOf('\\u00e9')).toEqual({ length: 6, text: 'é' });
    expect(unitOf('\\u00E9')).toEqual({ length: 6, text: 'é' });
    expect(unitOf('\\ud83d\\ude00')).toEqual({ length: 12, text: '😀' });
    expect(unitOf('\\ud83d next')).toEqual({ length: 6, text: '\ud83d' });
  });

  it('leaves a backslash that starts no JSON escape as it is', () => {
    for (const text of ['\\d+', '\\x41', '\\u12g4', '\\u12', '\\', '\\ ']) expect(unitOf(text), text).toBeUndefined();
  });

  it('folds an escaped invisible or fullwidth character only when folding', () => {
    expect(unitOf('\\u200b')).toEqual({ length: 6, text: '' });
    expect(unitOf('\\uff47')).toEqual({ length: 6, text: 'g' });
    expect(unitOf('\\u200b', JSON_ESCAPES)).toEqual({ length: 6, text: '\u200b' });
    expect(unitOf('\\n', FOLD)).toBeUndefined();
  });
});

describe('unitAt: invisible and compatibility characters', () => {
  it('drops invisible characters', () => {
    for (const char of ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u202e', '\u{e0041}']) {
      expect(unitOf(char), char.codePointAt(0)!.toString(16)).toEqual({ length: char.length, text: '' });
    }
  });

  it('folds fullwidth and other compatibility forms to ASCII, astral ones included', () => {
    expect(unitOf('ｇ')).toEqual({ length: 1, text: 'g' });
    expect(unitOf('＿')).toEqual({ length: 1, text: '_' });
    expect(unitOf('\u{1d420}')).toEqual({ length: 2, text: 'g' });
    expect(unitOf('ﬁ')).toEqual({ length: 1, text: 'fi' });
  });

  it('leaves letters of other scripts, emoji, look-alikes and ASCII alone, and does nothing without folding', () => {
    for (const text of ['é', 'ж', '中', '😀', 'а' /* Cyrillic a: a homoglyph, out of scope */, 'a', '\u00a0']) expect(unitOf(text), text).toBeUndefined();
    expect(unitOf('\u200b', JSON_ESCAPES)).toBeUndefined();
  });
});

describe('character tables', () => {
  it('lists exactly the code points whose NFKC form holds printable ASCII (regenerate compat-ranges.ts if not)', () => {
    expect(COMPAT_RANGES).toEqual(rangesWhere((char) => char.normalize('NFKC') !== char && /[!-~]/.test(char.normalize('NFKC'))));
  });

  it('lists the default-ignorable code points except the Hangul fillers', () => {
    const hangulFillers = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);
    expect(INVISIBLE_RANGES).toEqual(rangesWhere((char) => /\p{Default_Ignorable_Code_Point}/u.test(char) && !hangulFillers.has(char.codePointAt(0)!)));
  });
});
