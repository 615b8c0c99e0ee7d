import { describe, expect, it } from 'vitest';
import { anchoredScannerRule, contextRule, regexRule, scannerRule, tokenRule } from './define';
import { createEngine } from './engine';

const acme = tokenRule({ id: 'acme-key', title: 'Acme key', severity: 'high', prefixes: ['acme_'], pattern: /acme_[a-z0-9]{20}(?![a-z0-9])/ });
const loud = tokenRule({
  id: 'loud-key',
  title: 'Loud key',
  severity: 'high',
  prefixes: ['LOUD-'],
  prefixIgnoreCase: true,
  pattern: /loud-(?<secret>[A-Za-z0-9]{16})/i,
});
const widget = contextRule({
  id: 'widget-token',
  title: 'Widget token',
  severity: 'medium',
  keywords: ['widget'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3,
});
const dsn = regexRule({ id: 'dsn-password', title: 'DSN password', severity: 'high', pattern: /:\/\/[a-z]+:(?<secret>[^@\s]+)@/ });
const number = scannerRule({
  id: 'order-number',
  title: 'Order number',
  category: 'pii',
  severity: 'low',
  *scan(text) {
    for (let at = text.indexOf('ORD#'); at !== -1; at = text.indexOf('ORD#', at + 1)) yield { start: at, end: at + 10, confidence: 0.5 };
  },
});
const engine = createEngine([acme, loud, widget, dsn, number]);

function found(text: string): Array<[string, string]> {
  return engine.detect(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

describe('createEngine', () => {
  it('dispatches tokens by prefix and reports the whole match', () => {
    expect(found('key: acme_k3j9x2m8q7w4e1r6t5y0 end')).toEqual([['acme-key', 'acme_k3j9x2m8q7w4e1r6t5y0']]);
  });

  it('splits KEY=value so a prefixed value after `=` is still a token start', () => {
    expect(found('ACME_KEY=acme_k3j9x2m8q7w4e1r6t5y0')).toEqual([['acme-key', 'acme_k3j9x2m8q7w4e1r6t5y0']]);
  });

  it('matches prefixes case-insensitively when asked, and reports the named secret group', () => {
    expect(found('Loud-Q7w3E9r2T8y4U1i6')).toEqual([['loud-key', 'Q7w3E9r2T8y4U1i6']]);
  });

  it('finds context secrets only with their keyword earlier on the same line, within the window', () => {
    const hex = '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4';
    expect(found(`WIDGET_API_TOKEN = "${hex}"`)).toEqual([['widget-token', hex]]);
    expect(found(`token = "${hex}"`)).toEqual([]);
    expect(found(`widget\nconst checksum = compute("${hex}")`)).toEqual([]);
    expect(found(`widget\n\ntoken = "${hex}"`)).toEqual([]);
    expect(found(`widget ${' '.repeat(100)}"${hex}"`)).toEqual([]);
  });

  it('does not glue a sentence-ending full stop to the token', () => {
    const hex = '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4';
    expect(found(`our widget key is ${hex}.`)).toEqual([['widget-token', hex]]);
  });

  it('takes the key from the line above when the line holds only the value (YAML lists, k8s env)', () => {
    const hex = '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4';
    expect(found(`env:\n  - name: WIDGET_TOKEN\n    value: "${hex}"`)).toEqual([['widget-token', hex]]);
    expect(found(`widget_token:\n  ${hex}`)).toEqual([['widget-token', hex]]);
  });

  it('lets a context rule refuse a keyword occurrence by where it sits, on the same line and the line above', () => {
    const wordStart = contextRule({
      ...widget,
      id: 'widget-word',
      keywordAt: (text, start) => start === 0 || !/[a-z]/i.test(text[start - 1]!),
    });
    const strict = createEngine([wordStart]);
    const hex = '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4';
    const types = (text: string) => strict.detect(text).map((finding) => finding.type);
    expect(types(`widget = "${hex}"`)).toEqual(['widget-word']);
    expect(types(`gadgetwidget = "${hex}"`)).toEqual([]);
    expect(types(`widget:\n  ${hex}`)).toEqual(['widget-word']);
    expect(types(`gadgetwidget:\n  ${hex}`)).toEqual([]);
  });

  it('never takes a token that is a keyword itself for a context value: it is a name', () => {
    const named = contextRule({ id: 'named-value', title: 'Named value', severity: 'medium', keywords: ['k', 'passcode'], pattern: /[a-z]{8}/, minLength: 8, maxLength: 8 });
    const engine = createEngine([named]);
    const types = (text: string) => engine.detect(text).map((finding) => finding.type);
    expect(types('k: qwzxmvbn')).toEqual(['named-value']);
    expect(types('k: passcode')).toEqual([]);
  });

  it('applies the minimum entropy of a context rule', () => {
    expect(found('widget = "abababababababababababababababab"')).toEqual([]);
  });

  it('runs regex and scanner rules over the whole text', () => {
    expect(found('db postgres://app:s3cr3tPa55@host and ORD#123456')).toEqual([
      ['dsn-password', 's3cr3tPa55'],
      ['order-number', 'ORD#123456'],
    ]);
  });

  it('skips anchored rules on texts without their anchor, and runs them when it is there', () => {
    let calls = 0;
    const anchoredRule = scannerRule({
      id: 'anchored',
      title: 'Anchored',
      severity: 'low',
      anchors: ['.atlas.'],
      *scan(text) {
        calls++;
        const at = text.indexOf('.atlas.');
        if (at >= 0) yield { start: at, end: at + 7 };
      },
    });
    const withAnchor = createEngine([anchoredRule]);
    expect(withAnchor.detect('nothing to see here')).toEqual([]);
    expect(calls).toBe(0);
    expect(withAnchor.detect('x .atlas. y').map((f) => f.type)).toEqual(['anchored']);
    expect(calls).toBe(1);
  });

  it('hands an anchored scanner the start of every anchor occurrence, ascending, without a search of its own', () => {
    const seen: number[][] = [];
    const rule = anchoredScannerRule({
      id: 'anchored-scanner',
      title: 'Anchored scanner',
      severity: 'low',
      // The inner `cd` ends before the `abcdef` around it, though it starts after it: found in one order,
      // handed over in the other.
      anchors: ['abcdef', 'cd'],
      *scan(_text, anchorStarts) {
        seen.push(Array.from(anchorStarts));
      },
    });
    createEngine([rule]).detect('xx ABCDEF cd');
    expect(seen).toEqual([[3, 5, 10]]);
    expect(() => [...rule.scan('ab')]).toThrow(/anchor positions/);
  });

  it('runs a scanner that runs without its anchors on every text, with the starts of those there are', () => {
    const seen: number[][] = [];
    const rule = anchoredScannerRule({
      id: 'label-anchored',
      title: 'Label anchored',
      severity: 'low',
      anchors: ['label'],
      runsWithoutAnchors: true,
      *scan(_text, anchorStarts) {
        seen.push(Array.from(anchorStarts));
      },
    });
    const engine = createEngine([rule]);
    engine.detect('no such word here');
    engine.detect('a Label then a label');
    expect(seen).toEqual([[], [2, 15]]);
  });

  it('finds anchors outside ASCII, in any case, and runs their rule only where one occurs', () => {
    const seen: number[][] = [];
    const rule = anchoredScannerRule({
      id: 'wide-anchored',
      title: 'Wide anchors',
      severity: 'low',
      // Cyrillic from its first letter, a Latin word from its `ñ`, a Japanese word, and an ASCII one beside them.
      anchors: ['пароль', 'contraseña', 'パスワード', 'senha'],
      *scan(_text, anchorStarts) {
        seen.push(Array.from(anchorStarts));
      },
    });
    const engine = createEngine([rule]);
    engine.detect('nothing here, not even an ñ or a п');
    expect(seen).toEqual([]);
    const text = 'ПАРОЛЬ x, Contraseña y, パスワード z, SENHA, contrasena, пар';
    engine.detect(text);
    expect(seen).toEqual([[0, 10, 24, 33]]);
  });

  it('refuses a context keyword outside ASCII: the scan tracks those on the line as it goes', () => {
    const rule = contextRule({ id: 'wide-context', title: 'x', severity: 'low', keywords: ['пароль'], pattern: /[a-z]{8}/, minLength: 8, maxLength: 8 });
    expect(() => createEngine([rule])).toThrow(/must be ASCII/);
  });

  it('runs an anchored regex only where its anchor occurs, finding every occurrence', () => {
    const anchoredDsn = regexRule({ id: 'anchored-dsn', title: 'DSN', severity: 'high', anchors: ['://'], pattern: /:\/\/[a-z]+:(?<secret>[^@\s]+)@/ });
    const engine = createEngine([anchoredDsn]);
    const text = 'a https://x.org b postgres://app:s3cr3tPa55@db c redis://r:Zq9vW2xLk@cache and ftp://host';
    expect(engine.detect(text).map((f) => text.slice(f.start, f.end))).toEqual(['s3cr3tPa55', 'Zq9vW2xLk']);
  });

  it('still finds anchored matches whose first character is optional or alternated', () => {
    const optional = regexRule({ id: 'optional-dash', title: 'x', severity: 'low', anchors: ['zkey='], pattern: /-?zkey=(?<secret>[a-z0-9]{12})/ });
    const alternated = regexRule({ id: 'alternated', title: 'x', severity: 'low', anchors: ['qtok:', 'wtok:'], pattern: /qtok:(?<secret>[0-9]{10})|wtok:(?<secret2>[0-9]{10})/ });
    const engine = createEngine([optional, alternated]);
    const text = 'zkey=k3j9x2m8q7w4 and -zkey=a1b2c3d4e5f6 then wtok:8302947561';
    expect(engine.detect(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['optional-dash', 'k3j9x2m8q7w4'],
      ['optional-dash', 'a1b2c3d4e5f6'],
      ['alternated', 'wtok:8302947561'],
    ]);
  });

  it('drops placeholder-like secret values', () => {
    expect(found('acme_xxxxxxxxxxxxxxxxxxxx acme_exampleexample1234 acme_abcdefghijklmnopqrst')).toEqual([]);
  });

  it('rejects duplicate rule ids and one-char prefixes', () => {
    expect(() => createEngine([acme, acme])).toThrow(/duplicate rule id: acme-key/);
    expect(() => createEngine([{ ...acme, prefixes: ['a'] }])).toThrow(/shorter than 2/);
  });

  it('keeps results sorted and non-overlapping', () => {
    const text = 'acme_k3j9x2m8q7w4e1r6t5y0 ORD#acme_k3j9x2m8q7w4e1r6t5y0';
    const findings = engine.detect(text);
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    // The secret outranks the overlapping PII finding.
    expect(findings.map((finding) => finding.type)).toEqual(['acme-key', 'acme-key']);
  });
});
