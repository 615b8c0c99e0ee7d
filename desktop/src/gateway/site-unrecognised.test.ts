import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const report = (control: 'composer' | 'send-button', site = 'chatgpt.com') => ({ site, control, selectors: ['#prompt-textarea', 'div.ProseMirror'], extensionVersion: '0.1.0' });
const notices = (gateway: TestGateway) => gateway.gateway.log.searchEvents({ kind: 'notice' }).filter((event) => event.source !== 'promptgate');

describe('POST /api/site-unrecognised', () => {
  it('records which control of which site the extension cannot see, with the selectors tried and its version', async () => {
    t = await startTestGateway();
    const answer = await t.request('POST', '/api/site-unrecognised', { body: report('composer') });
    expect(answer.status, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ recorded: true });
    const [event, ...others] = notices(t);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      source: 'chatgpt.com',
      requester: 'test extension',
      detail: { notice: 'site_unrecognised', site: 'chatgpt.com', control: 'composer', selectors: ['#prompt-textarea', 'div.ProseMirror'], extensionVersion: '0.1.0' },
    });
    expect(event!.maskedText).toContain('composer');
  });

  it('records a repeat of the same site and control once per window, and other controls or sites on their own', async () => {
    t = await startTestGateway();
    for (let i = 0; i < 5; i++) await t.request('POST', '/api/site-unrecognised', { body: report('composer') });
    const again = await t.request('POST', '/api/site-unrecognised', { body: report('composer') });
    expect(again.json()).toMatchObject({ recorded: false });
    await t.request('POST', '/api/site-unrecognised', { body: report('send-button') });
    await t.request('POST', '/api/site-unrecognised', { body: report('composer', 'claude.ai') });
    expect(
      notices(t)
        .map((event) => [event.source, event.detail['control']])
        .sort(),
    ).toEqual([
      ['chatgpt.com', 'composer'],
      ['chatgpt.com', 'send-button'],
      ['claude.ai', 'composer'],
    ]);
  });

  it('refuses a malformed report and callers without the extension token, recording nothing', async () => {
    t = await startTestGateway();
    expect((await t.request('POST', '/api/site-unrecognised', { body: { ...report('composer'), control: 'everything' } })).status).toBe(400);
    expect((await t.request('POST', '/api/site-unrecognised', { body: report('composer'), token: null })).status).toBe(401);
    expect((await t.request('POST', '/api/site-unrecognised', { body: report('composer'), token: t.sdkToken })).status).toBeGreaterThanOrEqual(401);
    expect(notices(t)).toEqual([]);
  });
});
