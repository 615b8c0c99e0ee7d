import { describe, expect, it } from 'vitest';
import { RedactError } from './errors';
import { Vault } from './vault';

async function aesKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

describe('Vault', () => {
  it('gives the same value the same placeholder and new values increasing numbers per type', () => {
    const vault = new Vault();
    expect(vault.placeholderFor('email', 'a@x.io')).toBe('[EMAIL_1]');
    expect(vault.placeholderFor('email', 'b@x.io')).toBe('[EMAIL_2]');
    expect(vault.placeholderFor('email', 'a@x.io')).toBe('[EMAIL_1]');
    expect(vault.placeholderFor('github-pat', 'ghp_1')).toBe('[GITHUB_PAT_1]');
    expect(vault.valueOf('[EMAIL_2]')).toBe('b@x.io');
    expect(vault.size).toBe(3);
  });

  it('does not collide when two finding types map to the same placeholder type', () => {
    const vault = new Vault();
    expect(vault.placeholderFor('custom:a-b', 'one')).toBe('[CUSTOM_A_B_1]');
    expect(vault.placeholderFor('custom:a_b', 'two')).toBe('[CUSTOM_A_B_2]');
  });

  it('skips placeholders the caller says are taken', () => {
    const vault = new Vault();
    expect(vault.placeholderFor('email', 'a@x.io', (p) => p === '[EMAIL_1]')).toBe('[EMAIL_2]');
  });

  it('never exposes values through JSON or inspection', () => {
    const vault = new Vault();
    vault.placeholderFor('email', 'secret@corp.example');
    expect(JSON.stringify(vault)).toBe('{"entries":1,"types":["EMAIL"]}');
    const inspectHook = (vault as unknown as Record<symbol, () => string>)[Symbol.for('nodejs.util.inspect.custom')]!;
    expect(inspectHook.call(vault)).not.toContain('secret@corp.example');
    expect(Object.values(vault)).toEqual([]);
    expect(JSON.stringify({ nested: vault })).not.toContain('secret@corp.example');
  });

  it('refuses new values past maxEntries but still answers known ones', () => {
    const vault = new Vault({ maxEntries: 1 });
    vault.placeholderFor('email', 'a@x.io');
    expect(vault.placeholderFor('email', 'a@x.io')).toBe('[EMAIL_1]');
    expect(() => vault.placeholderFor('email', 'b@x.io')).toThrow(expect.objectContaining({ code: 'vault_full' }));
  });

  it('round-trips through AES-GCM, with a fresh IV each time, and keeps numbering', async () => {
    const key = await aesKey();
    const vault = new Vault();
    vault.placeholderFor('email', 'a@x.io');
    vault.placeholderFor('aws-access-key', 'AKIA0000');
    const first = await vault.exportEncrypted(key);
    const second = await vault.exportEncrypted(key);
    expect(first).not.toContain('a@x.io');
    const iv = (exported: string): unknown => (JSON.parse(exported) as { iv: unknown }).iv;
    expect(iv(first)).not.toBe(iv(second));

    const copy = await Vault.importEncrypted(first, key);
    expect(copy.valueOf('[EMAIL_1]')).toBe('a@x.io');
    expect(copy.valueOf('[AWS_ACCESS_KEY_1]')).toBe('AKIA0000');
    expect(copy.placeholderFor('email', 'c@x.io')).toBe('[EMAIL_2]');
    expect(copy.isPlaceholderPrefix('[EMA')).toBe(true);
  });

  it('rejects a wrong key, tampering and garbage with stable codes', async () => {
    const vault = new Vault();
    vault.placeholderFor('email', 'a@x.io');
    const sealed = await vault.exportEncrypted(await aesKey());
    await expect(Vault.importEncrypted(sealed, await aesKey())).rejects.toMatchObject({ code: 'vault_decrypt_failed' });
    await expect(Vault.importEncrypted('nope', await aesKey())).rejects.toBeInstanceOf(RedactError);
    await expect(Vault.importEncrypted('{"format":"x"}', await aesKey())).rejects.toMatchObject({ code: 'vault_bad_format' });
  });

  it('clear forgets everything', () => {
    const vault = new Vault();
    vault.placeholderFor('email', 'a@x.io');
    vault.clear();
    expect(vault.size).toBe(0);
    expect(vault.valueOf('[EMAIL_1]')).toBeUndefined();
  });
});
