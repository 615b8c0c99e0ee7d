import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../../support/chromium';
import { fixtureBrowserArgs } from '../support/browser';

/**
 * The same Chromium and fixture sites without the extension: what a send takes anyway, so the bench can say
 * what the extension adds to it.
 */
export function launchPlain(hostRules: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: fixtureBrowserArgs(hostRules),
  });
}
