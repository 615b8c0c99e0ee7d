import { expect } from '@playwright/test';
import type { FixtureServer, Received, Uploaded } from '../fixtures/server';
import type { FixtureSite } from '../fixtures/sites';
import { sendsTo, uploadsTo } from './page-actions';

/** The first send of a conversation, once the page made it; `timeoutMs` only where a send is legitimately slow. */
export async function waitForSend(fixture: FixtureServer, site: FixtureSite, conversationId: string, timeoutMs?: number): Promise<Received> {
  await expect.poll(() => sendsTo(fixture, site, conversationId).length, { message: `a send on ${site.id}`, ...(timeoutMs ? { timeout: timeoutMs } : {}) }).toBeGreaterThan(0);
  return sendsTo(fixture, site, conversationId)[0]!;
}

/** The first file upload of a conversation, once the page made it. */
export async function waitForUpload(fixture: FixtureServer, site: FixtureSite, conversationId: string): Promise<Uploaded> {
  await expect.poll(() => uploadsTo(fixture, site, conversationId).length, { message: `an upload on ${site.id}` }).toBeGreaterThan(0);
  return uploadsTo(fixture, site, conversationId)[0]!;
}
