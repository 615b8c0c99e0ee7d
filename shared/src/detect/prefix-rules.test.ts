import { describe, expect, it } from 'vitest';
import { tokenRule } from './define';
import { createEngine } from './engine';
import { builtinRules } from './rules';

const builtin = createEngine(builtinRules);
const GHP = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const GHP_2 = 'ghp_Xq7Lm2Nb8Vc4Zx9Kj3Hg6Fd1Sa5Pw0Oe2Rt4';
const PROJECT_KEY = 'sk-proj-Xt4Bq9Lm2Rv7Wn3Kp8Yz1Hc6Df0Gj5Se2Ua7Ti4Ob9Nq3Mw6Lx1Py8Kz5Jr2Vs7Ht0Ec';
const AWS_KEY_ID = 'AKIAZ3MRT7QW5PXK2NVB';

function found(text: string, engine = builtin): Array<[string, string]> {
  return engine.detect(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

describe('prefixed secrets that do not start a token', () => {
  it('finds a token in the userinfo of a URL', () => {
    expect(found(`git clone https://${GHP}@github.com/acme/app`)).toEqual([['github-pat', GHP]]);
    expect(found(`curl https://${PROJECT_KEY}@api.example.com/v1`)).toEqual([['openai-project-key', PROJECT_KEY]]);
  });

  it('finds a token after / . - _ + ~ inside a longer token', () => {
    for (const separator of ['/', '.', '-', '_', '+', '~']) {
      const text = `see cfg${separator}${GHP} now`;
      expect(found(text), separator).toEqual([['github-pat', GHP]]);
    }
    expect(found(`https://github.com/${GHP}`)).toEqual([['github-pat', GHP]]);
    expect(found(`s3://bucket/keys/${AWS_KEY_ID}/backup`)).toEqual([['aws-access-key-id', AWS_KEY_ID]]);
  });

  it('finds both of two secrets glued together, and each of three', () => {
    expect(found(GHP + GHP_2)).toEqual([
      ['github-pat', GHP],
      ['github-pat', GHP_2],
    ]);
    expect(found(`token=${GHP}${PROJECT_KEY}`)).toEqual([
      ['github-pat', GHP],
      ['openai-project-key', PROJECT_KEY],
    ]);
    expect(found(AWS_KEY_ID + GHP + GHP_2).map(([, value]) => value)).toEqual([AWS_KEY_ID, GHP, GHP_2]);
  });

  it('requires the full shape of the inner value', () => {
    expect(found('https://github.com/ghp_settings_page_link_and_more')).toEqual([]);
    expect(found(`https://github.com/${GHP.slice(0, -3)}`)).toEqual([]);
  });

  it('does not take a prefix from the middle of a value that holds no whole secret before it', () => {
    // Random base64 around a prefix: no separator before it, and nothing complete to be glued to.
    expect(found(`blob: Zm9vYmFyYmF6cXV4${GHP}`)).toEqual([]);
    expect(found(`ghp_tooShort${GHP_2}`)).toEqual([]);
  });
});

describe('inner starts never split a longer value of the same family', () => {
  const short = tokenRule({ id: 'zz-key', title: 'ZZ key', severity: 'high', prefixes: ['zz_'], pattern: /zz_[A-Za-z0-9]{24}(?![A-Za-z0-9])/ });
  const scoped = tokenRule({
    id: 'zz-scoped-key',
    title: 'ZZ scoped key',
    severity: 'high',
    prefixes: ['zzs.'],
    pattern: /zzs\.zz_[A-Za-z0-9]{24}\.[a-z]{6}(?![A-Za-z0-9])/,
  });
  const engine = createEngine([short, scoped]);
  const key = 'zz_Q7w3E9r2T8y4U1i6O5p0A2s4';

  it('reports the longer value whole, not the shorter one inside it', () => {
    expect(found(`zzs.${key}.abcdef`, engine)).toEqual([['zz-scoped-key', `zzs.${key}.abcdef`]]);
  });

  it('takes nothing from a value of the family that does not match as a whole', () => {
    expect(found(`zzs.${key}.abc`, engine)).toEqual([]);
  });

  it('still finds the shorter value after a prefix of another family', () => {
    expect(found(`https://host/${key}`, engine)).toEqual([['zz-key', key]]);
  });
});
