import type { ElectronApi } from './electron-api';
import type { SettingsStore } from './settings-store';

export type ProviderKeyVaultErrorCode = 'encryption_unavailable' | 'invalid_provider' | 'empty_key';

export class ProviderKeyVaultError extends Error {
  override readonly name = 'ProviderKeyVaultError';
  constructor(
    readonly code: ProviderKeyVaultErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const providerIdPattern = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * Provider API keys typed into the app, kept only as OS-keychain ciphertext (safeStorage).
 * When the OS offers no encryption the vault refuses rather than storing plaintext.
 */
export class ProviderKeyVault {
  constructor(
    private readonly safeStorage: ElectronApi['safeStorage'],
    private readonly settings: SettingsStore,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  set(provider: string, key: string): void {
    checkProvider(provider);
    if (key.trim() === '') throw new ProviderKeyVaultError('empty_key', 'The provider key is empty.');
    this.requireEncryption();
    const ciphertext = this.safeStorage.encryptString(key).toString('base64');
    this.settings.set('providerKeys', { ...this.settings.get('providerKeys'), [provider]: ciphertext });
  }

  get(provider: string): string | undefined {
    checkProvider(provider);
    const ciphertext = this.settings.get('providerKeys')[provider];
    if (ciphertext === undefined) return undefined;
    this.requireEncryption();
    return this.safeStorage.decryptString(Buffer.from(ciphertext, 'base64'));
  }

  delete(provider: string): void {
    checkProvider(provider);
    const { [provider]: _removed, ...rest } = this.settings.get('providerKeys');
    this.settings.set('providerKeys', rest);
  }

  /** Provider ids that have a stored key; never the keys. */
  providers(): string[] {
    return Object.keys(this.settings.get('providerKeys')).sort();
  }

  private requireEncryption(): void {
    // On Linux without a keyring Electron falls back to 'basic_text': a hard-coded key, as good as plaintext.
    const hardCodedKey = this.platform === 'linux' && this.safeStorage.getSelectedStorageBackend() === 'basic_text';
    if (!this.safeStorage.isEncryptionAvailable() || hardCodedKey) {
      throw new ProviderKeyVaultError(
        'encryption_unavailable',
        'Provider keys cannot be stored: the operating system offers no encryption for app data ' +
          '(on Linux, a keyring such as GNOME Keyring or KWallet is needed). promptgate never stores keys in plaintext.',
      );
    }
  }
}

function checkProvider(provider: string): void {
  if (!providerIdPattern.test(provider)) {
    throw new ProviderKeyVaultError('invalid_provider', `Not a provider id: ${JSON.stringify(provider.slice(0, 64))}`);
  }
}
