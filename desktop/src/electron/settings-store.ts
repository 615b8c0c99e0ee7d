/** What the desktop shell remembers between launches. */
export interface DesktopSettings {
  startAtLogin: boolean;
  /** Provider id → safeStorage ciphertext, base64. Never plaintext. */
  providerKeys: Record<string, string>;
}

export const defaultSettings: DesktopSettings = { startAtLogin: false, providerKeys: {} };

/** The slice of electron-store the shell uses; tests pass the in-memory one below. */
export interface SettingsStore {
  get<K extends keyof DesktopSettings>(key: K): DesktopSettings[K];
  set<K extends keyof DesktopSettings>(key: K, value: DesktopSettings[K]): void;
}

export function memorySettingsStore(initial: Partial<DesktopSettings> = {}): SettingsStore {
  const values: DesktopSettings = structuredClone({ ...defaultSettings, ...initial });
  return {
    get: (key) => structuredClone(values[key]),
    set: (key, value) => {
      values[key] = structuredClone(value);
    },
  };
}
