import { defaultPolicy, restore, Vault } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../testing/manual-clock';
import { jsonStringVault } from './json-string-vault';
import { createReplyText, MAX_HOLD_MS } from './reply-text';

const CLIENT = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const MODEL_OWN = 'ghp_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';

function setup(restoreResponses = true) {
  const vault = new Vault();
  const placeholder = vault.placeholderFor('github-pat', CLIENT);
  return { vault, placeholder, reply: createReplyText({ vault, restore: restoreResponses, policy: defaultPolicy, extraRules: [] }) };
}

/** A reply on a clock that moves only when the test advances it. */
function onClock() {
  const clock = manualClock();
  const vault = new Vault();
  vault.placeholderFor('github-pat', CLIENT);
  return { clock, reply: createReplyText({ vault, restore: true, policy: defaultPolicy, extraRules: [], clock }) };
}

function inPieces(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

function streamed(chunks: string[], mode: 'text' | 'json' = 'text', restoreResponses = true) {
  const { reply } = setup(restoreResponses);
  const pieces = chunks.map((chunk) => reply.push('k', chunk, mode));
  return { pieces, all: pieces.join('') + reply.flush('k'), reply };
}

describe('reply text', () => {
  it('restores a placeholder split anywhere and masks a model secret split anywhere', () => {
    const text = `use [GITHUB_PAT_1] not ${MODEL_OWN} ok`;
    for (let size = 1; size <= 8; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(streamed(chunks).all).toBe(`use ${CLIENT} not [GITHUB_PAT] ok`);
    }
  });

  it('holds back only the unfinished word', () => {
    const { pieces } = streamed(['hello wor', 'ld and more ', 'x']);
    expect(pieces).toEqual(['hello ', 'world and more ', '']);
  });

  it('masks a model secret introduced by a keyword in an earlier chunk', () => {
    const { all, reply } = streamed(['my github token is ', MODEL_OWN.slice(0, 10), MODEL_OWN.slice(10), ' done']);
    expect(all).toBe('my github token is [GITHUB_PAT] done');
    expect(reply.modelSecrets()).toBe(1);
    expect(reply.maskedReply()).toBe('my github token is [GITHUB_PAT] done');
  });

  it('in JSON, restored values are escaped so the document still parses', () => {
    const vault = new Vault();
    vault.placeholderFor('custom:path', 'C:\\secret "dir"');
    const reply = createReplyText({ vault, restore: true, policy: defaultPolicy, extraRules: [] });
    const json = '{"path": "[CUSTOM_PATH_1]"}';
    const out = [...json].map((char) => reply.push('j', char, 'json')).join('') + reply.flush('j');
    expect(JSON.parse(out)).toEqual({ path: 'C:\\secret "dir"' });
    expect(JSON.parse(reply.whole(json, 'json'))).toEqual({ path: 'C:\\secret "dir"' });
    expect(restore('[CUSTOM_PATH_1]', jsonStringVault(vault))).toBe('C:\\\\secret \\"dir\\"');
  });

  it('leaves placeholders in place when policy does not restore responses', () => {
    expect(streamed(['see [GITHUB', '_PAT_1]'], 'text', false).all).toBe('see [GITHUB_PAT_1]');
  });

  it('sends minified JSON and quoted code up to the last quote; only the run after it waits', () => {
    const { pieces, all } = streamed(['{"city":"Pa', 'ris","n":4', '2,"ok":true}']);
    expect(pieces).toEqual(['{"city":"', 'Paris","n"', ':42,"ok"']);
    expect(all).toBe('{"city":"Paris","n":42,"ok":true}');
  });

  it('streamed in any chunks, model secrets come out masked exactly as in the whole text', () => {
    const texts = [
      `{"token":"${MODEL_OWN}","next":"[GITHUB_PAT_1]"}`,
      'connect with postgres://app:Zq8!vR2$mW9@db.internal:5432/app then',
      'config: password=Xk9#mQ2$vL7!pR4 and more',
      `<token>${MODEL_OWN}</token><next>[GITHUB_PAT_1]</next>`,
    ];
    for (const text of texts) {
      const whole = setup().reply.whole(text);
      expect(whole, text).not.toBe(text);
      for (let size = 1; size <= 9; size++) expect(streamed(inPieces(text, size)).all, `${text} in pieces of ${size}`).toBe(whole);
    }
  });

  it('text held as long as the bound goes out as it stands, and the stream goes on', () => {
    const { clock, reply } = onClock();
    expect(reply.push('k', 'see https://example.com/a/long/pa')).toBe('see ');
    expect(reply.nextDue()).toBe(MAX_HOLD_MS);
    clock.advance(MAX_HOLD_MS - 1);
    expect(reply.due()).toEqual([]);
    clock.advance(1);
    expect(reply.due()).toEqual(['k']);
    expect(reply.release('k')).toBe('https://example.com/a/long/pa');
    expect(reply.nextDue()).toBeUndefined();
    expect(reply.push('k', 'th and [GITHUB_PAT_1] end')).toBe(`th and ${CLIENT} `);
    expect(reply.flush('k')).toBe('end');
  });

  it('the bound counts from when the held run began, not from the stream start', () => {
    const { clock, reply } = onClock();
    reply.push('k', 'one two');
    clock.advance(MAX_HOLD_MS - 10);
    // The run `two` ends here and a new one starts: it gets a full bound of its own.
    expect(reply.push('k', ' three')).toBe('two ');
    clock.advance(MAX_HOLD_MS - 10);
    expect(reply.due()).toEqual([]);
    clock.advance(10);
    expect(reply.release('k')).toBe('three');
  });

  it('an unfinished private key block is never sent early, whatever the time', () => {
    const { clock, reply } = onClock();
    expect(reply.push('k', 'key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA')).toBe('key:\n');
    clock.advance(60_000);
    expect(reply.due()).toEqual([]);
    expect(reply.nextDue()).toBeUndefined();
  });
});
