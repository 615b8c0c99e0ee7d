import { loadOrCreateKeyFile } from '../../log/key-file';

/**
 * Reads the installation's key for sealing provider keys, creating it (0600) on first use, the same way
 * as the value-hash key (see `loadOrCreateKeyFile`).
 */
export function loadOrCreateSealingKey(file: string): Buffer {
  return loadOrCreateKeyFile(file, 'provider key sealing key');
}
