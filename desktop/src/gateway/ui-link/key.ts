import { existsSync } from 'node:fs';
import { dataFile } from '../../log/data-dir';
import { loadOrCreateKeyFile } from '../../log/key-file';

/**
 * The key that lets `promptgate ui` ask the running gateway for a new UI link. It sits in the owner-only data
 * directory like the other keys (hex, 0600), so only the OS user who runs the gateway can read it.
 */
const LABEL = 'UI link key';

/** The gateway's side: created on first start. */
export function loadOrCreateUiLinkKey(dataDir: string): Buffer {
  return loadOrCreateKeyFile(dataFile(dataDir, 'uiLinkKey'), LABEL);
}

/**
 * The CLI's side: read only. A data directory without the key was never used by a gateway, so no gateway to
 * ask uses it either; creating one here would only hide that.
 */
export function readUiLinkKey(dataDir: string): Buffer | undefined {
  const file = dataFile(dataDir, 'uiLinkKey');
  return existsSync(file) ? loadOrCreateKeyFile(file, LABEL) : undefined;
}
