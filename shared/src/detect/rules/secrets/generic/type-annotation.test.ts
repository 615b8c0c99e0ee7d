import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../redact/test-helpers';
import { TYPE_ANNOTATION, typeAnnotationEnd } from './type-annotation';

/** The definition: the sticky regex at the colon. */
function byRegex(text: string, colon: number): number {
  TYPE_ANNOTATION.lastIndex = colon;
  return TYPE_ANNOTATION.test(text) ? TYPE_ANNOTATION.lastIndex : -1;
}

const PIECES = [
  ':',
  ' ',
  '  ',
  '\t',
  '=',
  '==',
  '=>',
  '=~',
  'string',
  'Option<&str>',
  "&'static",
  'str | None',
  '[]byte',
  '(',
  ')',
  ',',
  '*',
  '?',
  '-',
  '"',
  '\n',
  'é',
  'x'.repeat(20),
];

describe('typeAnnotationEnd', () => {
  it('reads typed declarations and what is none', () => {
    const cases: Array<[string, string | undefined]> = [
      ['apiKey: string = "x"', 'apiKey: string ='],
      ['password : Option<&str> = x', 'password : Option<&str> ='],
      ['token: str | None = None', 'token: str | None ='],
      ['key: &\'static str = "x"', "key: &'static str ="],
      ['secret:\tString\t= x', 'secret:\tString\t='],
      ['a: b  \t  = c', 'a: b  \t  ='],
      ['password: pass= x', undefined],
      ['password: x == y', undefined],
      ['password: x => y', undefined],
      ['password: x =~ y', undefined],
      ['password: -x = y', undefined],
      ['password:      x = y', undefined],
      [`password: ${'t'.repeat(41)} = y`, `password: ${'t'.repeat(41)} =`],
      [`password: ${'t'.repeat(42)} = y`, undefined],
      ['password: x =', 'password: x ='],
    ];
    for (const [line, expected] of cases) {
      const colon = line.indexOf(':');
      const end = typeAnnotationEnd(line, colon);
      expect([line, end < 0 ? undefined : line.slice(0, end)]).toEqual([line, expected]);
      expect(byRegex(line, colon)).toBe(end);
    }
  });

  it('agrees with its regex on random text, at every colon', () => {
    const random = seededRandom(20261207);
    for (let round = 0; round < 6000; round++) {
      let text = '';
      const count = 1 + Math.floor(random() * 16);
      for (let k = 0; k < count; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
        if (typeAnnotationEnd(text, colon) !== byRegex(text, colon)) {
          expect({ text, colon, byHand: typeAnnotationEnd(text, colon) }).toEqual({ text, colon, byHand: byRegex(text, colon) });
        }
      }
    }
  });
});
