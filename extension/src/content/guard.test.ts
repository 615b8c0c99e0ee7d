import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { sendToBackground } from '../messages/send';
import { pageApprovals } from './page-approvals';
import { installEnteredText } from '../backstop/entered-text';
import { Overlay } from '../overlay/overlay';
import { SiteAdapter } from '../sites/adapter';
import { chatgpt } from '../sites/chatgpt';
import { copilot } from '../sites/copilot';
import { deepseek } from '../sites/deepseek';
import { ConversationTracker } from './conversation';
import type { ContentDeps } from './deps';
import { installSendGuard, isSendKey } from './guard';
import { inspectResponse } from '../testing/inspect-response';

const SECRET = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

const answer = inspectResponse;

let sent: string[];
let flagged: string[];
let uninstall: (() => void) | undefined;

const DEEPSEEK_PAGE = '<div class="box"><textarea id="chat-input"></textarea><div role="button" class="ds-button--primary">Send</div></div>';

function setUp(reply: Awaited<ReturnType<typeof sendToBackground<'inspect'>>>, adapter = new SiteAdapter(deepseek), page = DEEPSEEK_PAGE) {
  uninstall?.();
  document.body.innerHTML = page;
  const field = document.querySelector('textarea')!;
  const button = document.querySelector<HTMLElement>('[data-send], [role="button"]')!;
  sent = [];
  // The site's own handlers: what they see is what would reach its backend.
  field.addEventListener('keydown', (event) => event.key === 'Enter' && !event.shiftKey && sent.push(`enter:${field.value}`));
  button.addEventListener('click', () => sent.push(field.value));
  const send = vi.fn(async () => reply) as unknown as typeof sendToBackground;
  flagged = [];
  const recognition = { flag: (control: string) => void flagged.push(control) };
  const deps: ContentDeps = { adapter, conversation: new ConversationTracker(() => 'c1'), overlay: new Overlay(), send, recognition };
  uninstall = installSendGuard(deps);
  return { field, button, send };
}

const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });

beforeEach(() => {
  uninstall?.();
  uninstall = undefined;
  document.querySelectorAll('promptgate-overlay').forEach((overlay) => overlay.remove());
});

describe('send guard', () => {
  it('stops Enter before the site sees it, writes the redacted text, then sends that', async () => {
    const { field, send } = setUp({ kind: 'gateway', response: answer('redact', 'key [GITHUB_PAT_1]') });
    field.value = `key ${SECRET}`;
    field.dispatchEvent(enter());
    expect(sent).toEqual([]);
    await vi.waitFor(() => expect(sent).toEqual(['key [GITHUB_PAT_1]']));
    expect(send).toHaveBeenCalledWith('inspect', expect.objectContaining({ conversationId: 'c1', segments: [{ id: 'prompt', kind: 'prompt', text: `key ${SECRET}` }] }));
  });

  it('reads the composer once for an Enter: that text goes to the gateway and is noted as the person\u2019s for the backstop', async () => {
    const adapter = new SiteAdapter(deepseek);
    // In the order the content script installs them: the backstop's listener first.
    const stopNoting = installEnteredText(adapter, pageApprovals);
    const { field } = setUp({ kind: 'gateway', response: answer('allow', 'write to dana@example.org') }, adapter);
    try {
      const read = vi.spyOn(adapter, 'read');
      field.value = 'write to dana@example.org';
      field.dispatchEvent(enter());
      expect(read).toHaveBeenCalledTimes(1);
      expect(pageApprovals.wasEntered('dana@example.org')).toBe(true);
      await vi.waitFor(() => expect(sent).toEqual(['write to dana@example.org']));
    } finally {
      stopNoting();
    }
  });

  it('catches a click on the send control too', async () => {
    const { field, button } = setUp({ kind: 'gateway', response: answer('allow', 'hello') });
    field.value = 'hello';
    button.click();
    await vi.waitFor(() => expect(sent).toEqual(['hello']));
  });

  it('lets Shift+Enter and Enter during IME composition through untouched', () => {
    const { field, send } = setUp({ kind: 'gateway', response: answer('allow', 'x') });
    field.value = 'x';
    const shift = enter({ shiftKey: true });
    field.dispatchEvent(shift);
    expect(shift.defaultPrevented).toBe(false);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }))).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses to send when the redacted text did not land exactly', async () => {
    const stubborn = Object.assign(new SiteAdapter(deepseek), { write: async () => false });
    const { field } = setUp({ kind: 'gateway', response: answer('redact', 'key [GITHUB_PAT_1]') }, stubborn);
    field.value = `key ${SECRET}`;
    field.dispatchEvent(enter());
    await vi.waitFor(() => expect(document.querySelector('promptgate-overlay')?.shadowRoot?.textContent).toMatch(/could not be put in place/));
    expect(sent).toEqual([]);
  });

  it('sends nothing when the gateway is unavailable, and shows why', async () => {
    const { field } = setUp({ kind: 'unavailable', reason: 'not-running' });
    field.value = `key ${SECRET}`;
    field.dispatchEvent(enter());
    await vi.waitFor(() => expect(document.querySelector('promptgate-overlay')?.shadowRoot?.textContent).toMatch(/not running/));
    expect(sent).toEqual([]);
    expect(field.value).toBe(`key ${SECRET}`);
  });

  it('checks Enter in a text box the site\u2019s composer selectors no longer find, and says the composer is unrecognised', async () => {
    const page = '<div class="box"><textarea id="composer-v2"></textarea><button data-send aria-label="Send prompt">Send</button></div>';
    const { field, send } = setUp({ kind: 'gateway', response: answer('redact', 'key [GITHUB_PAT_1]') }, new SiteAdapter(chatgpt), page);
    field.value = `key ${SECRET}`;
    const press = enter();
    field.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(flagged).toEqual(['composer']);
    await vi.waitFor(() => expect(sent).toEqual(['key [GITHUB_PAT_1]']));
    expect(send).toHaveBeenCalledWith('inspect', expect.objectContaining({ segments: [{ id: 'prompt', kind: 'prompt', text: `key ${SECRET}` }] }));
  });

  it('checks a click on a renamed send control beside the composer, then repeats that click with the redacted text', async () => {
    const page = '<div class="box"><textarea id="chat-input"></textarea><div role="button" data-send class="ds-button--accent">Go</div></div>';
    const { field, button, send } = setUp({ kind: 'gateway', response: answer('redact', 'key [GITHUB_PAT_1]') }, new SiteAdapter(deepseek), page);
    field.value = `key ${SECRET}`;
    button.click();
    expect(sent).toEqual([]);
    expect(flagged).toEqual(['send-button']);
    await vi.waitFor(() => expect(sent).toEqual(['key [GITHUB_PAT_1]']));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('lets a button beside an empty composer work at once even when the send control is unrecognised', () => {
    const page = '<div class="box"><textarea id="chat-input"></textarea><div role="button" data-send class="ds-button--accent">Attach</div></div>';
    const { button, send } = setUp({ kind: 'gateway', response: answer('allow', '') }, new SiteAdapter(deepseek), page);
    button.click();
    expect(sent).toEqual(['']);
    expect(send).not.toHaveBeenCalled();
    expect(flagged).toEqual([]);
  });

  it('lets ChatGPT\u2019s Stop through untouched, though it holds the send button\u2019s id', () => {
    const page =
      '<form><textarea id="prompt-textarea"></textarea><button id="composer-submit-button" data-send data-testid="stop-button" aria-label="Stop streaming">Stop</button></form>';
    const { field, button, send } = setUp({ kind: 'gateway', response: answer('allow', 'x') }, new SiteAdapter(chatgpt), page);
    field.value = `draft with ${SECRET}`;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(sent).toEqual([`draft with ${SECRET}`]);
    expect(send).not.toHaveBeenCalled();
    expect(flagged).toEqual([]);
  });

  it('lets a button beside the composer work while Stop holds the send slot, though a draft with a secret waits there', () => {
    const page =
      '<div data-testid="composer"><textarea id="userInput"></textarea><button type="button" data-send data-testid="composer-chat-mode-smart-button" aria-label="Smart (GPT-5)">Smart</button><button type="button" data-testid="stop-button" aria-label="Stop responding">Stop</button></div>';
    const { field, button, send } = setUp({ kind: 'gateway', response: answer('allow', 'x') }, new SiteAdapter(copilot), page);
    field.value = `draft with ${SECRET}`;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(flagged).toEqual([]);
  });

  it('lets DeepSeek\u2019s DeepThink toggle through, though it is a div role=button with aria-disabled like send', () => {
    const page =
      '<div class="box"><textarea id="chat-input"></textarea><div role="button" data-send class="ds-button ds-toggle-button" aria-disabled="false">DeepThink</div><div role="button" class="ds-button ds-button--primary" aria-disabled="false">Send</div></div>';
    const { field, button, send } = setUp({ kind: 'gateway', response: answer('allow', 'x') }, new SiteAdapter(deepseek), page);
    field.value = `draft with ${SECRET}`;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('leaves Enter in another box alone while the site\u2019s composer is recognised (a search field, an edit box)', () => {
    const page = DEEPSEEK_PAGE + '<textarea id="edit-message"></textarea>';
    const { send } = setUp({ kind: 'gateway', response: answer('allow', 'x') }, new SiteAdapter(deepseek), page);
    const other = document.getElementById('edit-message') as HTMLTextAreaElement;
    other.value = `edited ${SECRET}`;
    const press = enter();
    other.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(flagged).toEqual([]);
  });

  it('stops a send click when there is no text box anywhere to read, and says why', async () => {
    const page = '<textarea id="chat-input" hidden></textarea><button data-send data-testid="send-button" aria-label="Send prompt">Send</button>';
    const { button, send } = setUp({ kind: 'gateway', response: answer('allow', 'x') }, new SiteAdapter(chatgpt), page);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(flagged).toEqual(['composer']);
    await vi.waitFor(() => expect(document.querySelector('promptgate-overlay')?.shadowRoot?.textContent).toMatch(/cannot see this page\u2019s composer/));
    expect(send).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
