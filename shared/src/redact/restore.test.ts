import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { Vault } from './vault';

function vaultWith(entries: Array<[type: string, value: string]>): Vault {
  const vault = new Vault();
  for (const [type, value] of entries) vault.placeholderFor(type, value);
  return vault;
}

describe('restore', () => {
  const vault = vaultWith([
    ['email', 'a@x.io'],
    ['github-pat', 'ghp_abc'],
  ]);

  it('puts values back for every placeholder this vault issued', () => {
    expect(restore('send [EMAIL_1] the key [GITHUB_PAT_1]; [EMAIL_1] again', vault)).toBe('send a@x.io the key ghp_abc; a@x.io again');
  });

  it('matches placeholders whole, never by prefix', () => {
    expect(restore('[EMAIL_12] [EMAIL_1_] [XEMAIL_1] [EMAIL_1]2', vault)).toBe('[EMAIL_12] [EMAIL_1_] [XEMAIL_1] a@x.io2');
  });

  it('leaves placeholders of other conversations and lookalikes alone', () => {
    expect(restore('[EMAIL_2] [email_1] [ EMAIL_1 ] EMAIL_1 [1]', vault)).toBe('[EMAIL_2] [email_1] [ EMAIL_1 ] EMAIL_1 [1]');
  });

  it('restores markdown-escaped placeholders', () => {
    expect(restore('\\[EMAIL\\_1\\] and \\[GITHUB_PAT_1\\] and [GITHUB\\_PAT\\_1]', vault)).toBe('a@x.io and ghp_abc and ghp_abc');
  });

  it('keeps a stray backslash that is not part of an escaped placeholder', () => {
    expect(restore('\\[EMAIL_1] x\\[EMAIL_1\\', vault)).toBe('\\a@x.io x\\[EMAIL_1\\');
  });

  it('survives markdown around the placeholder', () => {
    expect(restore('**[EMAIL_1]** `[GITHUB_PAT_1]` ([EMAIL_1])', vault)).toBe('**a@x.io** `ghp_abc` (a@x.io)');
  });

  it('does not touch text when the vault is empty', () => {
    expect(restore('[EMAIL_1]', new Vault())).toBe('[EMAIL_1]');
  });
});
