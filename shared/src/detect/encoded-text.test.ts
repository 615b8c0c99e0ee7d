import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { isPlaceholderLike } from './placeholder';
import { builtinRules } from './rules';
import { decodedView, findingsInOriginal } from './view/index';
import { seededRandom as random } from '../redact/test-helpers';

const engine = createEngine(builtinRules);
const GHP = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const PROJECT_KEY = 'sk-proj-Xt4Bq9Lm2Rv7Wn3Kp8Yz1Hc6Df0Gj5Se2Ua7Ti4Ob9Nq3Mw6Lx1Py8Kz5Jr2Vs7Ht0Ec';

function found(text: string): Array<[string, string]> {
  return engine.detect(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

/** The characters a slice of JSON string content stands for. */
const unescape = (slice: string): string => JSON.parse(`"${slice}"`) as string;

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const DIGITS = '0123456789';

/** Secrets of several built-in types, each with a fresh random body of its format. */
const SECRET_KINDS: Array<{ type: string; make: (pick: (alphabet: string, length: number) => string) => string }> = [
  { type: 'github-pat', make: (pick) => 'ghp_' + pick(BASE62, 36) },
  { type: 'openai-project-key', make: (pick) => 'sk-proj-' + pick(BASE62, 64) },
  { type: 'aws-access-key-id', make: (pick) => 'AKIA' + pick(UPPER_DIGITS, 15) + pick(DIGITS, 1) },
  { type: 'slack-bot-token', make: (pick) => `xoxb-${pick(DIGITS, 11)}-${pick(DIGITS, 12)}-${pick(BASE62, 24)}` },
  { type: 'npm-access-token', make: (pick) => 'npm_' + pick(BASE62, 36) },
  { type: 'stripe-live-secret-key', make: (pick) => 'sk_live_' + pick(BASE62, 40) },
];

const FILLER_LINES = [
  'import { readFile } from "node:fs/promises";',
  'const retries = 3; // keep it small',
  'Der Bericht für Q3 — siehe Anhang “final”.',
  '\tif (value === undefined) return null;',
  '# 部署说明：请勿提交密钥 😀',
  '',
  'path = "C:\\\\Users\\\\dev\\\\app"',
];
const BEFORE = ['', '\t', '  ', 'token: ', '"', 'value = "', '- '];
const AFTER = ['', '"', ' ', ',', '\t'];

/** JSON with every non-ASCII character escaped as \uXXXX, as Python's json.dumps writes it. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('secrets inside JSON-escaped text', () => {
  it('finds a secret that starts a line or follows a tab inside a JSON string', () => {
    const body = JSON.stringify({ path: '.env', content: `# keys\n${GHP}\n\t${PROJECT_KEY}\n` });
    expect(found(body)).toEqual([
      ['github-pat', GHP],
      ['openai-project-key', PROJECT_KEY],
    ]);
  });

  it('finds secrets in a tool call whose arguments are a JSON string inside JSON', () => {
    const args = JSON.stringify({ path: 'deploy.sh', content: `export A=1\n${GHP}\n` });
    const body = JSON.stringify({ tool_calls: [{ function: { name: 'write_file', arguments: args } }] });
    expect(found(body)).toEqual([['github-pat', GHP]]);
  });

  it('reports each secret once, in the original offsets, with no half escape at either end', () => {
    const body = JSON.stringify({ content: `key\n${GHP}\nnext line with ${GHP} again` });
    const findings = engine.detect(body);
    expect(findings.map((finding) => unescape(body.slice(finding.start, finding.end)))).toEqual([GHP, GHP]);
  });

  it('ends a value at an escaped line break or tab: redacting it never takes the next line of the string', () => {
    const adyen =
      'AQEEUZP3hBUdAaf3HhFD8qVFeR+i+udY7Di5fyv8RSAG3U8yLwHkdJp9dCt8R5UrNnxyuQFn3M+Tq4xWvjNwlSJiWXy4PyLX==-s0Or5KS7/uqXasKoZhdVi5qgcdXuY8YQrvA8M87mBYA=-3zsKuy$Rc6q,I8Hy';
    const file = `a\\b="${adyen}\n\n"dor_v1_x"\nDB_PASSWORD=Vq8#tLw2pZr9xK\tNEXT=1\nlast line`;
    for (const body of [JSON.stringify({ content: file }), JSON.stringify({ arguments: JSON.stringify({ content: file }) })]) {
      const values = engine.detect(body).map((finding) => body.slice(finding.start, finding.end));
      // Each finding is the value alone, in the body's own escaping: nothing of the lines after it.
      expect(values.map((value) => value.replaceAll('\\\\', '\\'))).toEqual(expect.arrayContaining([adyen, 'Vq8#tLw2pZr9xK']));
      for (const value of values) expect(value).not.toMatch(/\\+[ntr]/);
    }
  });

  it('reports a quoted value without the escaped quotes around it, at one and two levels of escaping', () => {
    const password = '6nJh57yyVtFyufxZiT2EnDQ76tPw5Gg6uLpD4sL36gtG';
    const files = [
      [`login required username="alice" password="${password}";\nnext=1`, password],
      ['curl -u "deploy:Zq7xT9vLp2zRk8WnQ4mB" https://ci.example.com/api\n', 'Zq7xT9vLp2zRk8WnQ4mB'],
    ];
    for (const [file, value] of files) {
      for (const body of [JSON.stringify({ content: file }), JSON.stringify({ arguments: JSON.stringify({ content: file }) })]) {
        // Redacting the value keeps the quotes the file had: the escaped quotes are not part of the finding.
        expect(engine.detect(body).map((finding) => body.slice(finding.start, finding.end))).toEqual([value]);
      }
    }
  });

  it('reports in a JSON line what it reports in the file the line carries: no variable reference as a password', () => {
    const file = 'curl -u "$CI_USER:$CI_API_TOKEN" https://ci.example.com/api\n';
    expect(found(file)).toEqual([]);
    expect(found(JSON.stringify({ content: file }))).toEqual([]);
    expect(found(JSON.stringify({ arguments: JSON.stringify({ content: file }) }))).toEqual([]);
  });

  it('finds a value with a line break after it under a key that names it, in a JSON line', () => {
    const password = 'Xq7!vLp2zRk8Wn';
    const secret = 'Zq7xT9vLp2zRk8WnQ4mB6yHc';
    expect(found(JSON.stringify({ password: `${password}\n` })).map(([, value]) => value)).toEqual([password]);
    expect(found(JSON.stringify({ secret: `${secret}\nrotated on Monday` })).map(([, value]) => value)).toEqual([secret]);
  });

  it('maps a secret written with \\u escapes back to the whole escaped span', () => {
    const escaped = [...GHP].map((char, i) => (i % 5 === 0 ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char)).join('');
    const body = `{"content": "line\\n${escaped}"}`;
    expect(found(body)).toEqual([['github-pat', escaped]]);
  });

  it('finds random secrets at random places of JSON-stringified files, with exact original offsets', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const pick = (alphabet: string, length: number): string => {
        let value = '';
        while (value.length < length) value += alphabet[Math.floor(next() * alphabet.length)];
        return value;
      };
      const lines = Array.from({ length: 3 + Math.floor(next() * 12) }, () => FILLER_LINES[Math.floor(next() * FILLER_LINES.length)]!);
      const planted: Array<{ type: string; secret: string }> = [];
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const kind = SECRET_KINDS[Math.floor(next() * SECRET_KINDS.length)]!;
        let secret = kind.make(pick);
        while (isPlaceholderLike(secret)) secret = kind.make(pick);
        const before = BEFORE[Math.floor(next() * BEFORE.length)]!;
        const after = AFTER[Math.floor(next() * AFTER.length)]!;
        lines.splice(Math.floor(next() * (lines.length + 1)), 0, before + secret + after);
        planted.push({ type: kind.type, secret });
      }
      const content = lines.join(next() < 0.2 ? '\r\n' : '\n');
      const file = { path: 'src/config.ts', content };
      const nested = next() < 0.3;
      const inner = next() < 0.5 ? JSON.stringify(file) : asciiJson(file);
      const text = nested ? JSON.stringify({ arguments: inner }) : inner;
      const decode = (slice: string) => (nested ? unescape(unescape(slice)) : unescape(slice));
      const findings = engine.detect(text);
      for (const { type, secret } of planted) {
        const matches = findings.filter((finding) => finding.type === type && decode(text.slice(finding.start, finding.end)) === secret);
        expect(matches.length, `seed ${seed}: ${type} ${secret} in ${text}`).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('tables inside JSON-escaped text', () => {
  // National Insurance numbers count under a header that names them: the header is the file's first line,
  // which in a tool's JSON begins inside a string value.
  const tables = {
    csv: 'customer_id,name,nino\n4100,Ann Lee,JT443322B\n4101,Bo Chan,PR112233C\n',
    tsv: 'name\tnino\tplan\nAnn Lee\tJT443322B\tbasic\nBo Chan\tPR112233C\tpro\n',
    markdown: '| Name | NINO |\n|---|---|\n| Ann Lee | JT443322B |\n| Bo Chan | PR112233C |\n',
  };
  const ninos = (text: string) =>
    found(text)
      .filter(([type]) => type === 'uk-nino')
      .map(([, value]) => value);

  it.each(Object.entries(tables))('finds the labelled values of a %s file in a tool call, one and two levels deep', (_kind, table) => {
    expect(ninos(table)).toEqual(['JT443322B', 'PR112233C']);
    expect(ninos(JSON.stringify({ path: 'exports/customers', content: table }))).toEqual(['JT443322B', 'PR112233C']);
    expect(ninos(JSON.stringify({ ok: true, stdout: JSON.stringify({ path: 'exports/customers', content: table }) }))).toEqual(['JT443322B', 'PR112233C']);
  });

  it('keeps the JSON before a file out of its table, even when that JSON splits into as many cells as the rows', () => {
    // `{"ok":true,"exit_code":0,"stdout":"` has three cells on commas, as the CSV's rows do: on the line just above
    // the header it would become the table's header itself.
    const csv = 'customer_id,name,nino\n4100,Ann Lee,JT443322B\n4101,Bo Chan,PR112233C\n';
    expect(ninos(JSON.stringify({ ok: true, exit_code: 0, stdout: csv }))).toEqual(['JT443322B', 'PR112233C']);
  });
});

describe('the view API for a caller that knows where an encoded field is', () => {
  it('decodes one JSON string of a request body and reports findings in the body', () => {
    const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: `deploy with\n${GHP}\tnow` }] });
    const start = body.indexOf('deploy');
    const end = body.indexOf('now') + 3;
    const view = decodedView(body, { start, end });
    const findings = findingsInOriginal(view, engine.detect(view.text));
    expect(findings.map((finding) => [finding.type, body.slice(finding.start, finding.end)])).toEqual([['github-pat', GHP]]);
  });
});

describe('secrets hidden by invisible or look-alike characters', () => {
  it('finds a token with a zero-width space, joiner, soft hyphen, word joiner or byte order mark inside', () => {
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff']) {
      const hidden = GHP.slice(0, 9) + invisible + GHP.slice(9, 20) + invisible + GHP.slice(20);
      const text = `here: ${hidden} end`;
      expect(found(text), invisible.charCodeAt(0).toString(16)).toEqual([['github-pat', hidden]]);
    }
  });

  it('finds a token written in fullwidth characters, reported over the fullwidth span', () => {
    const fullwidth = [...GHP].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join('');
    expect(found(`トークン：${fullwidth}。`)).toEqual([['github-pat', fullwidth]]);
  });

  it('finds random invisible characters at random places of a secret, the span covering them', () => {
    const invisibles = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\u2061', '\ufeff', '\u202e', '\u{e0020}'];
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const chars = [...PROJECT_KEY];
      for (let n = 1 + Math.floor(next() * 4); n > 0; n--) {
        chars.splice(1 + Math.floor(next() * (chars.length - 1)), 0, invisibles[Math.floor(next() * invisibles.length)]!);
      }
      const hidden = chars.join('');
      const text = `let key = "${hidden}";`;
      expect(found(text), `seed ${seed}`).toEqual([['openai-project-key', hidden]]);
    }
  });

  it('in prose dense with fullwidth punctuation (scanned folded), finds hidden tokens and a token an invisible character ends', () => {
    const prose = ['今日の会議：午後三時から。', '議題（予算）について話します！', '資料は共有フォルダにあります？'];
    const hidden = GHP.slice(0, 12) + '\u200b' + GHP.slice(12);
    const fullwidth = [...PROJECT_KEY].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join('');
    // Only the text as written ends the token at the zero-width space: folded, `next` would lengthen it.
    const ended = 'npm_' + 'R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
    const text = [...prose, `トークン：${hidden}`, ...prose, `キー：${fullwidth}。`, ...prose, `${ended}\u200bnext`, ...prose].join('\n');
    expect(found(text)).toEqual([
      ['github-pat', hidden],
      ['openai-project-key', fullwidth],
      ['npm-access-token', ended],
    ]);
  });

  it('finds a secret after an escaped line break in a tool call holding Japanese prose, over its original span', () => {
    const file = `メモ：本番の鍵（削除予定）\nGITHUB_TOKEN=${GHP}\n以上！`;
    const line = JSON.stringify({ name: 'write_file', arguments: JSON.stringify({ path: 'memo.txt', content: file }) });
    const findings = engine.detect(line);
    expect(findings.map((finding) => [finding.type, line.slice(finding.start, finding.end)])).toEqual([['github-pat', GHP]]);
  });

  it('finds random secrets with random invisible characters inside, in text dense with fullwidth punctuation', () => {
    const invisibles = ['\u200b', '\u200d', '\u00ad', '\u2060', '\ufeff'];
    const prose = ['会議：午後三時。', '議題（予算）！', 'Ｑ３の報告、よろしく？'];
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const kind = SECRET_KINDS[Math.floor(next() * SECRET_KINDS.length)]!;
      const chars = [...kind.make(pick)];
      for (let n = Math.floor(next() * 3); n > 0; n--) chars.splice(1 + Math.floor(next() * (chars.length - 1)), 0, invisibles[Math.floor(next() * invisibles.length)]!);
      const secret = chars.join('');
      const lines = Array.from({ length: 6 }, (_, k) => prose[k % prose.length]!);
      lines.splice(Math.floor(next() * lines.length), 0, `${BEFORE[Math.floor(next() * BEFORE.length)]}${secret}${AFTER[Math.floor(next() * AFTER.length)]}`);
      expect(found(lines.join('\n')), `seed ${seed}`).toEqual([[kind.type, secret]]);
    }
  });

  it('leaves clean text alone: no finding in prose that only has accents, emoji and ellipses', () => {
    expect(found('Café au lait… naïve coöperation 😀 — “quoted” ½ cup, 2² and Product™')).toEqual([]);
  });
});
