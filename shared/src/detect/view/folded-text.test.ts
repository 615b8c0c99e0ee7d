import { describe, expect, it } from 'vitest';
import { INVISIBLE_RANGES } from './characters';
import { COMPAT_RANGES } from './compat-ranges';
import { foldedText } from './folded-text';

/** Lines of Japanese prose, each with fullwidth punctuation: the text a folded scan is for. */
const PROSE = ['今日の会議：午後三時から。', '議題（予算）について話します！', '資料は共有フォルダにあります？'];

describe('foldedText', () => {
  it('leaves text alone that holds nothing to fold: ASCII, accents, CJK without fullwidth forms', () => {
    expect(foldedText('plain ASCII text\nwith two lines')).toBeUndefined();
    expect(foldedText('Café au lait, naïve coöperation')).toBeUndefined();
    expect(foldedText('今日は晴れです。明日は雨です。')).toBeUndefined();
  });

  it('leaves a text alone whose lines holding something to fold are a small part of it', () => {
    const text = `${'a line of ordinary prose\n'.repeat(40)}one emoji ❤️ and an ellipsis…\n`;
    expect(foldedText(text)).toBeUndefined();
  });

  it('folds a text dense with fullwidth punctuation, each span mapping back to what it was folded from', () => {
    const text = PROSE.join('\n');
    const folded = foldedText(text)!;
    expect(folded.view.text).toBe('今日の会議:午後三時から。\n議題(予算)について話します!\n資料は共有フォルダにあります?');
    const colon = folded.view.text.indexOf(':');
    expect(folded.view.toOriginal(colon, colon + 1)).toEqual({ start: text.indexOf('：'), end: text.indexOf('：') + 1 });
    expect(folded.view.toOriginal(0, folded.view.text.length)).toEqual({ start: 0, end: text.length });
    expect(folded.joinedLines).toBeUndefined();
    folded.view.release();
  });

  it('drops invisible characters: a token with a zero-width space inside reads whole, over the span that holds it', () => {
    const text = [...PROSE, 'key: abc\u200bdef'].join('\n');
    const folded = foldedText(text)!;
    const at = folded.view.text.indexOf('abcdef');
    expect(at).toBeGreaterThan(0);
    const span = folded.view.toOriginal(at, at + 6)!;
    expect(text.slice(span.start, span.end)).toBe('abc\u200bdef');
    folded.view.release();
    folded.joinedLines?.release();
  });

  it('gives, as written, the lines where folding put token characters side by side, and only those', () => {
    const lines = [...PROSE, ...PROSE, 'token ghp_abc\u200bnext', '説明：終わり', 'wide ａ１ glued x＿y'];
    const text = lines.join('\n');
    const folded = foldedText(text)!;
    // The first joins `ghp_abc` and `next`; `：` folds to no token character; the last glues `x`, `_` and `y`.
    expect(folded.joinedLines!.text).toBe('token ghp_abc\u200bnext\n\nwide ａ１ glued x＿y');
    const span = folded.joinedLines!.toOriginal(0, 'token ghp_abc\u200bnext'.length)!;
    expect(text.slice(span.start, span.end)).toBe('token ghp_abc\u200bnext');
    folded.view.release();
    folded.joinedLines!.release();
  });

  it('joins neighbouring joined lines with their line feed', () => {
    const text = [...PROSE, ...PROSE, ...PROSE, 'a\u200bb', 'c\u00add'].join('\n');
    const folded = foldedText(text)!;
    expect(folded.joinedLines!.text).toBe('a\u200bb\nc\u00add');
    folded.view.release();
    folded.joinedLines!.release();
  });

  it('finds every invisible and compatibility character, of the BMP and beyond it', () => {
    let checked = 0;
    for (const ranges of [INVISIBLE_RANGES, COMPAT_RANGES]) {
      for (let i = 0; i < ranges.length; i += 2) {
        for (let cp = ranges[i]!; cp <= Math.min(ranges[i + 1]!, 0x1ffff); cp++) {
          const text = ` ${String.fromCodePoint(cp)} `;
          const folded = foldedText(text);
          expect(folded?.view.text, cp.toString(16)).not.toBe(text);
          folded!.view.release();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('leaves a text alone where folding joins tokens on half of it or more: scanned as written and folded, that costs less', () => {
    expect(foldedText('token ghp_abc\u200bnext and more words after it')).toBeUndefined();
    expect(foldedText([...PROSE, 'x\u200by '.repeat(40)].join('\n'))).toBeUndefined();
  });
});
