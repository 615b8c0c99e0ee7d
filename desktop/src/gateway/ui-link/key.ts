import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateKeyFile } from '../../log/key-file';

/**
 * The key that lets `promptgate ui` ask the running gateway for a new UI link. It sits in the owner-only data
 * directory like the other keys (hex, 0600), so only the OS user who runs the gateway can read it.
 */
const UI_LINK_KEY_FILE = 'ui-link.key';
const LABEL = 'UI link key';

/** The gateway's side: created on first start. */
export function loadOrCreateUiLinkKey(dataDir: string): Buffer {
  return loadOrCreateKeyFile(join(dataDir, UI_LINK_KEY_FILE), LABEL);
}

/**
 * The CLI's side: read only. A data directory without the key was never used by a gateway, so no gateway to
 * ask uses it either; creating one here would only hide that.
 */
export function readUiLinkKey(dataDir: string): Buffer | undefined {
  const file = join(dataDir, UI_LINK_KEY_FILE);
  return existsSync(file) ? loadOrCreateKeyFile(file, LABEL) : undefined;
}
