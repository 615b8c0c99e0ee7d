import { browser } from 'wxt/browser';

/** The extension's version from its manifest, so admins can tell which release met a changed page. */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    // Only the unit tests' fake browser has no manifest.
    return 'unknown';
  }
}
