import type { Vault } from '@promptgate/shared';

/**
 * A view of a vault whose values come out JSON-string-escaped, for restoring inside JSON text (tool-call
 * arguments, `input_json_delta`): a value with a quote or backslash restored raw would break the client's JSON
 * parse. It delegates exactly the members the restorers read (`size`, `longestPlaceholder`, `valueOf`,
 * `isPlaceholderPrefix`, `has`); json-string-vault.test.ts fails if the restorers start using another one.
 */
export function jsonStringVault(vault: Vault): Vault {
  return Object.create(vault, {
    size: { get: () => vault.size },
    longestPlaceholder: { get: () => vault.longestPlaceholder },
    valueOf: {
      value: (placeholder: string) => {
        const value = vault.valueOf(placeholder);
        return value === undefined ? undefined : JSON.stringify(value).slice(1, -1);
      },
    },
    isPlaceholderPrefix: { value: (text: string) => vault.isPlaceholderPrefix(text) },
    has: { value: (placeholder: string) => vault.has(placeholder) },
  }) as Vault;
}
