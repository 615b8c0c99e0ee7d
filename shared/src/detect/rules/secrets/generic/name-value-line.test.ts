import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../redact/test-helpers';
import { NAME_VALUE_LINE, nameStartsValueLine, VALUE_LINE_REACH } from './name-value-line';

/** The definition: the regex on the window before the name. */
function byRegex(text: string, nameStart: number): boolean {
  return NAME_VALUE_LINE.test(text.slice(Math.max(0, nameStart - VALUE_LINE_REACH), nameStart));
}

const PIECES = ['login', 'machine', 'default', 'xlogin', 'loginx', 'host', 'u', ' ', ' ', '\t', '\n', '\r', '\u00a0', 'a.b', 'password', '=', ':'];

describe('nameStartsValueLine', () => {
  it('reads netrc lines and the lines that are not', () => {
    const cases: Array<[string, boolean]> = [
      ['password', true],
      ['  password', true],
      ['x\n\tpassword', true],
      ['machine api.example.com login deploy password', true],
      ['machine api.example.com password', true],
      ['default x password', true],
      ['login deploy password', true],
      ['  login deploy\tpassword', true],
      ['the password', false],
      ['xlogin deploy password', false],
      ['machine login deploy password', false],
      ['login x, password', true],
      ['a login x password', false],
      ['login deploy password', true],
      ['default login deploy password', false],
      ['login\rdeploy password', false],
    ];
    for (const [line, expected] of cases) {
      const nameStart = line.lastIndexOf('password');
      expect([line, nameStartsValueLine(line, nameStart)]).toEqual([line, expected]);
      expect(byRegex(line, nameStart)).toBe(expected);
    }
  });

  it('agrees with its regex on random lines, windows cut anywhere', () => {
    const random = seededRandom(20261206);
    for (let round = 0; round < 4000; round++) {
      let text = '';
      const count = 1 + Math.floor(random() * 24);
      for (let k = 0; k < count; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      for (let nameStart = 0; nameStart <= text.length; nameStart++) {
        if (nameStartsValueLine(text, nameStart) !== byRegex(text, nameStart)) {
          expect({ text, nameStart, byHand: nameStartsValueLine(text, nameStart) }).toEqual({ text, nameStart, byHand: byRegex(text, nameStart) });
        }
      }
    }
  });
});
