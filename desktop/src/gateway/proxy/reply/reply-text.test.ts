import { defaultPolicy, restore, Vault } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { jsonStringVault } from './json-string-vault';
import { createReplyText } from './reply-text';

const CLIENT = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const MODEL_OWN = 'ghp_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';

function setup(restoreResponses = true) {
  const vault = new Vault();
  const placeholder = vault.placeholderFor('github-pat', CLIENT);
  return { vault, placeholder, reply: createReplyText({ vault, restore: restoreResponses, policy: defaultPolicy, extraRules: [] }) };
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
});
