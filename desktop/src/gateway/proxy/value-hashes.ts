import type { Vault } from '@promptgate/shared';

type HashValue = (value: string) => string;

interface Known {
  hashValue: HashValue;
  hashes: Map<string, string>;
}

/** Per vault, out of its reach: nothing that prints or serialises a vault can come across these values. */
const byVault = new WeakMap<Vault, Known>();

/**
 * `hashValue` (the log's HMAC) remembered for the values of one scope's vault: an agent resends its history on
 * every call, and each secret in it was hashed again each time. Every value hashed here is one the vault has just
 * given a placeholder, so the vault holds it already; the hashes live and go with the vault, and never number more
 * than its entries.
 */
export function vaultValueHasher(vault: Vault, hashValue: HashValue): HashValue {
  let known = byVault.get(vault);
  if (known?.hashValue !== hashValue) byVault.set(vault, (known = { hashValue, hashes: new Map() }));
  const { hashes } = known;
  // A vault that was emptied takes its values' hashes with it.
  if (hashes.size > vault.size) hashes.clear();
  return (value) => {
    let hash = hashes.get(value);
    if (hash === undefined) {
      hash = hashValue(value);
      if (hashes.size < vault.size) hashes.set(value, hash);
    }
    return hash;
  };
}
