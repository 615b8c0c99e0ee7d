import { describe, expect, it } from 'vitest';
import { FakeElectron } from './fake-electron.test-helper';
import { ProviderKeyVault, ProviderKeyVaultError } from './provider-key-vault';
import { memorySettingsStore } from './settings-store';

const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789';

function vault(platform: NodeJS.Platform = 'linux') {
  const electron = new FakeElectron();
  const settings = memorySettingsStore();
  return { electron, settings, vault: new ProviderKeyVault(electron.api.safeStorage, settings, platform) };
}

describe('ProviderKeyVault', () => {
  it('stores only safeStorage ciphertext and reads the key back', () => {
    const { settings, vault: keys } = vault();
    keys.set('openai', key);
    const stored = settings.get('providerKeys');
    expect(Object.keys(stored)).toEqual(['openai']);
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(Buffer.from(stored.openai ?? '', 'base64').toString()).toMatch(/^sealed:/);
    expect(keys.get('openai')).toBe(key);
    expect(keys.get('anthropic')).toBeUndefined();
    expect(keys.providers()).toEqual(['openai']);
  });

  it('refuses to store when the OS offers no encryption, and stores nothing', () => {
    const { electron, settings, vault: keys } = vault();
    electron.encryptionAvailable = false;
    const error = (() => {
      try {
        keys.set('openai', key);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ProviderKeyVaultError);
    expect(error).toMatchObject({ code: 'encryption_unavailable' });
    expect((error as Error).message).toMatch(/never stores keys in plaintext/);
    expect(settings.get('providerKeys')).toEqual({});
  });

  it("refuses Linux's hard-coded-key fallback, which is no better than plaintext", () => {
    const { electron, settings, vault: keys } = vault('linux');
    electron.storageBackend = 'basic_text';
    expect(() => keys.set('openai', key)).toThrow(expect.objectContaining({ code: 'encryption_unavailable' }));
    expect(settings.get('providerKeys')).toEqual({});
  });

  it('asks for the Linux storage backend only on Linux', () => {
    const { electron, vault: keys } = vault('darwin');
    electron.storageBackend = 'basic_text';
    keys.set('openai', key);
    expect(keys.get('openai')).toBe(key);
  });

  it('refuses to decrypt without encryption too', () => {
    const { electron, vault: keys } = vault();
    keys.set('anthropic', key);
    electron.encryptionAvailable = false;
    expect(() => keys.get('anthropic')).toThrow(expect.objectContaining({ code: 'encryption_unavailable' }));
  });

  it('deletes a key and rejects odd provider ids and empty keys', () => {
    const { vault: keys } = vault();
    keys.set('openai', key);
    keys.delete('openai');
    expect(keys.providers()).toEqual([]);
    expect(() => keys.set('__proto__', key)).toThrow(expect.objectContaining({ code: 'invalid_provider' }));
    expect(() => keys.set('openai', '  ')).toThrow(expect.objectContaining({ code: 'empty_key' }));
  });
});
