import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openUi, screenshot, waitLive } from './browser-fixture';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';

/** Email addresses are allowed here, as in many real policies: they may appear in a held prompt without being why. */
const POLICY = `version: 1
name: ui claims policy
detectors:
  - { type: email, action: allow }
  - { category: pii, action: warn }
custom:
  - { id: falcon, title: Project Falcon, kind: keywords, keywords: [Project Falcon], action: hold }
  - { id: budget, title: Budget figures, kind: keywords, keywords: [Q3 budget], action: warn }
  - { id: nightfall, title: Operation Nightfall, kind: keywords, keywords: [Operation Nightfall], action: block }
`;

const GITHUB_TOKEN = 'ghp_' + 'x7Kq2mN9pR4sT6vW8yZ1aB3cD5eF7gH9jL0n';

test.describe('local UI: what each view claims matches what happened', () => {
  let browser: Browser;
  let gateway: TestGateway | undefined;

  test.beforeAll(({ browser: launched }) => {
    browser = launched;
  });
  test.afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
  });

  async function choose(eventId: string, choice: 'send-redacted' | 'send-original' | 'edit' | 'cancel'): Promise<void> {
    const response = await fetch(`${gateway!.url}/api/choice`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway!.extensionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ eventId, choice }),
    });
    expect(response.status).toBe(200);
  }

  test('lists only the findings that held a prompt as the reason, and the others apart with what approving does to them', async () => {
    gateway = await startTestGateway({ policyYaml: POLICY });
    const held = await gateway.inspect(`Send the Project Falcon memo to alice.smith@example.org, deploy key ${GITHUB_TOKEN}`);
    expect(held.verdict).toBe('hold');

    // The API itself separates them, so no client can present an allowed email as a reason.
    const listed = (await (await gateway.ui('approvals')).json()) as { approvals: Array<{ heldFor: Array<{ type: string }>; alsoFound: Array<{ type: string; action: string }> }> };
    expect(listed.approvals[0]!.heldFor.map((f) => f.type)).toEqual(['custom:falcon']);
    expect(listed.approvals[0]!.alsoFound.map((f) => [f.type, f.action])).toEqual([
      ['email', 'allow'],
      ['github-pat', 'redact'],
    ]);

    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/approvals`);
    const card = page.locator(`[data-approval-id="${held.approvalId}"]`);
    await card.waitFor();
    const heldFor = card.getByTestId('held-for').locator('li');
    await expect(heldFor.allTextContents()).resolves.toEqual(['Project Falcon[CUSTOM_FALCON_1]']);
    const alsoFound = card.getByTestId('also-found').locator('li');
    await expect(alsoFound.count()).resolves.toBe(2);
    await expect(alsoFound.nth(0).textContent()).resolves.toMatch(/Email address.*\[EMAIL_1\].*allowed: sent as written if approved/);
    await expect(alsoFound.nth(1).textContent()).resolves.toMatch(/\[GITHUB_PAT_1\].*sent as its placeholder/);
    await expect(card.getByText('Also found, not why it was held').isVisible()).resolves.toBe(true);
    await expect(card.textContent()).resolves.not.toContain('alice.smith');
    await screenshot(page, 'claims-approval-reasons');
    expect(errors).toEqual([]);
    await close();
  });

  test('counts on the warn tile only the warnings the person answered, and names the unanswered ones apart', async () => {
    gateway = await startTestGateway({ policyYaml: POLICY });
    const first = await gateway.inspect('Here is the Q3 budget summary', { conversationId: 'w-1' });
    const second = await gateway.inspect('The Q3 budget for hiring', { conversationId: 'w-2' });
    expect([first.verdict, second.verdict]).toEqual(['warn', 'warn']);
    await choose(first.eventId, 'send-redacted');

    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    const tile = page.getByTestId('today').locator('[data-verdict="warn"]');
    await tile.waitFor();
    await expect(tile.locator('.tile-count').textContent()).resolves.toBe('1');
    await expect(tile.getByTestId('warn-unanswered').textContent()).resolves.toBe('+ 1 not answered');
    await screenshot(page, 'claims-warn-tile');

    // Answering the other one (cancelling counts: the person chose) moves it over without a reload.
    await waitLive(page);
    await choose(second.eventId, 'cancel');
    await tile.locator('.tile-count', { hasText: '2' }).waitFor();
    await tile.getByTestId('warn-unanswered').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await close();
  });

  test('shows a blocked multi-line prompt with its line breaks, the rest of a long one on request', async () => {
    gateway = await startTestGateway({ policyYaml: POLICY });
    const short = await gateway.inspect('Status update for the team:\nOperation Nightfall starts Monday.', { conversationId: 'b-1' });
    const lines = [
      'Notes for the offsite:',
      'Agenda is in the shared drive.',
      'Lunch at noon.',
      'Parking is free.',
      'Bring a laptop.',
      'Dress is casual.',
      'Operation Nightfall is the last item.',
    ];
    const long = await gateway.inspect(lines.join('\n'), { conversationId: 'b-2' });
    expect([short.verdict, long.verdict]).toEqual(['block', 'block']);

    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    const recent = page.getByTestId('recent');
    await recent.waitFor();
    // innerText is what a person sees: it keeps rendered line breaks and leaves out what is not shown.
    const shortRow = recent.locator(`[data-event-id="${short.eventId}"]`);
    await expect(shortRow.locator('.event-text').innerText()).resolves.toBe('Status update for the team:\n[CUSTOM_NIGHTFALL_1] starts Monday.');
    await expect(shortRow.getByRole('button').count()).resolves.toBe(0);

    const longRow = recent.locator(`[data-event-id="${long.eventId}"]`);
    await expect(longRow.locator('.event-text').innerText()).resolves.toMatch(/^Notes for the offsite:\nAgenda is in the shared drive\.\n[^]*Dress is casual\.$/);
    await expect(longRow.locator('.event-text').innerText()).resolves.not.toContain('CUSTOM_NIGHTFALL');
    await screenshot(page, 'claims-blocked-multiline');

    await longRow.getByRole('button', { name: 'Show all 7 lines' }).click();
    await expect(longRow.locator('.event-text').innerText()).resolves.toBe(`${lines.slice(0, 6).join('\n')}\n[CUSTOM_NIGHTFALL_1] is the last item.`);
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    await screenshot(page, 'claims-blocked-multiline-expanded');

    // New events re-render the page; what the person opened stays open.
    await waitLive(page);
    const later = await gateway.inspect('One more question', { conversationId: 'b-3' });
    await recent.locator(`[data-event-id="${later.eventId}"]`).waitFor();
    await expect(longRow.locator('.event-text').innerText()).resolves.toContain('[CUSTOM_NIGHTFALL_1] is the last item.');
    await longRow.getByRole('button', { name: 'Show less' }).click();
    await expect(longRow.locator('.event-text').innerText()).resolves.not.toContain('CUSTOM_NIGHTFALL');

    // The rest of the row still opens the session, where the whole prompt is shown.
    await longRow.locator('.event-source').click();
    await page.waitForURL(/#\/sessions\//);
    await expect(page.getByTestId('timeline').locator('.masked-text').innerText()).resolves.toContain('[CUSTOM_NIGHTFALL_1] is the last item.');
    expect(errors).toEqual([]);
    await close();
  });
});
