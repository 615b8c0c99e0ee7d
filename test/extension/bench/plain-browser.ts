import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../support/browser';

/**
 * The same Chromium and fixture sites without the extension: what a send takes anyway, so the bench can say
 * what the extension adds to it.
 */
export function launchPlain(hostRules: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
    ],
  });
}
