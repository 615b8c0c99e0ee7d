import type { Page } from 'playwright-core';
import type { FixtureServer, Received, Uploaded } from '../fixtures/server';
import type { FixtureSite } from '../fixtures/sites';

/** Opens a fixture site on a conversation of its own and waits for its editor. */
export async function openSite(page: Page, fixture: FixtureServer, site: FixtureSite, conversationId: string): Promise<void> {
  await page.goto(fixture.url(site, conversationId));
  await page.locator(site.composer).waitFor();
  await page.waitForFunction(() => window.__fixtureEditor !== undefined);
}

/** Puts text in the composer the way typing does (beforeinput/input from the browser), then leaves focus there. */
export async function typePrompt(page: Page, site: FixtureSite, text: string): Promise<void> {
  await page.locator(site.composer).click();
  await page.keyboard.insertText(text);
}

/** Puts a (long) text in the composer's model at once, as typing it would, then focuses the composer. */
export async function setPrompt(page: Page, site: FixtureSite, text: string): Promise<void> {
  await page.evaluate((value) => window.__fixtureEditor!.setText(value), text);
  await page.locator(site.composer).focus();
}

export const editorText = (page: Page) => page.evaluate(() => window.__fixtureEditor!.getText());

export function sendsTo(fixture: FixtureServer, site: FixtureSite, conversationId: string): Received[] {
  return fixture.sends.filter((s) => s.site === site.id && s.path === site.conversationPath(conversationId));
}

export function uploadsTo(fixture: FixtureServer, site: FixtureSite, conversationId: string): Uploaded[] {
  return fixture.uploads.filter((u) => u.site === site.id && u.path === site.conversationPath(conversationId));
}

/** The overlay panel (inside its shadow root; Playwright's CSS locators pierce open shadow roots). */
export const overlay = (page: Page) => page.locator('[data-pg="panel"]');
export const overlayButton = (page: Page, action: string) => page.locator(`[data-pg-action="${action}"]`);
