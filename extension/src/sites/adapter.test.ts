import { beforeEach, describe, expect, it } from 'vitest';
import { SiteAdapter } from './adapter';
import { SITES } from './index';
import { chatgpt } from './chatgpt';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { mistral } from './mistral';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('SiteAdapter', () => {
  it('prefers the first selector and falls back to the next when a site renames its composer', () => {
    const adapter = new SiteAdapter(chatgpt);
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true" id="fallback"></div>';
    expect(adapter.findComposer()?.id).toBe('fallback');
    document.body.insertAdjacentHTML('beforeend', '<div id="prompt-textarea" contenteditable="true"></div>');
    expect(adapter.findComposer()?.id).toBe('prompt-textarea');
  });

  it('finds the send control in an event path, including a div acting as a button', () => {
    const adapter = new SiteAdapter(deepseek);
    document.body.innerHTML = '<div role="button" class="ds-button--primary"><svg><path id="icon"></path></svg></div>';
    const icon = document.getElementById('icon')!;
    const button = icon.closest('[role="button"]')!;
    expect(adapter.sendButtonInPath([icon, icon.parentElement!, button, document.body])).toBe(button);
    expect(adapter.sendButtonInPath([document.body])).toBeNull();
  });

  it('reads each site\u2019s conversation id from its URL, and none on a new chat', () => {
    expect(new SiteAdapter(chatgpt).conversationIdFromUrl('https://chatgpt.com/c/abc-123')).toBe('abc-123');
    expect(new SiteAdapter(chatgpt).conversationIdFromUrl('https://chatgpt.com/')).toBeUndefined();
    expect(new SiteAdapter(deepseek).conversationIdFromUrl('https://chat.deepseek.com/a/chat/s/x9')).toBe('x9');
  });

  it('writes a textarea so the page sees an input event, and verifies what landed', async () => {
    const adapter = new SiteAdapter(deepseek);
    document.body.innerHTML = '<textarea id="chat-input">key ghp_secret</textarea>';
    const field = document.querySelector('textarea')!;
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    expect(await adapter.write(field, 'key [GITHUB_PAT_1]')).toBe(true);
    expect(adapter.read(field)).toBe('key [GITHUB_PAT_1]');
    expect(seen.at(-1)).toBe('key [GITHUB_PAT_1]');
  });

  it('every site has selectors for composer, send button and replies, and https match patterns', () => {
    for (const site of SITES) {
      expect(site.selectors.composer.length, site.id).toBeGreaterThan(0);
      expect(site.selectors.sendButton.length, site.id).toBeGreaterThan(0);
      expect(site.selectors.replies.length, site.id).toBeGreaterThan(0);
      expect(
        site.matches.every((m) => m.startsWith('https://')),
        site.id,
      ).toBe(true);
      for (const selector of [...site.selectors.composer, ...site.selectors.sendButton, ...(site.selectors.notSend ?? []), ...site.selectors.replies])
        expect(() => document.querySelector(selector), selector).not.toThrow();
    }
  });

  it('does not take ChatGPT\u2019s Stop for send, though it holds the send button\u2019s id while a reply streams', () => {
    const adapter = new SiteAdapter(chatgpt);
    document.body.innerHTML = '<button id="composer-submit-button" data-testid="stop-button" aria-label="Stop streaming"><svg><rect id="square"></rect></svg></button>';
    const square = document.getElementById('square')!;
    const stop = document.querySelector('button')!;
    expect(adapter.sendButtonInPath([square, square.parentElement!, stop, document.body])).toBeNull();
    expect(adapter.findSendButton()).toBeNull();
    expect(adapter.sendSlotOccupied()).toBe(true);
    stop.setAttribute('data-testid', 'send-button');
    stop.setAttribute('aria-label', 'Send prompt');
    expect(adapter.sendButtonInPath([stop, document.body])).toBe(stop);
    expect(adapter.findSendButton()).toBe(stop);
  });

  it('finds DeepSeek\u2019s send control and none of the toggles and icon buttons that share its role and aria-disabled', () => {
    const adapter = new SiteAdapter(deepseek);
    document.body.innerHTML = `
      <div role="button" class="ds-button ds-toggle-button" aria-disabled="false" id="think">DeepThink (R1)</div>
      <div role="button" class="ds-button ds-toggle-button" aria-disabled="false" id="search">Search</div>
      <div role="button" class="ds-icon-button" aria-disabled="false" id="attach"></div>
      <div role="button" class="ds-button ds-button--primary ds-button--circle" aria-disabled="true" id="send"></div>`;
    for (const id of ['think', 'search', 'attach']) expect(adapter.sendButtonInPath([document.getElementById(id)!, document.body]), id).toBeNull();
    expect(adapter.findSendButton()?.id).toBe('send');
  });
  it('finds Le Chat\u2019s send and none of the toggles, attach or Stop beside it, nor a submit button of another form', () => {
    const adapter = new SiteAdapter(mistral);
    document.body.innerHTML = `
      <form id="feedback"><textarea name="comment"></textarea><button type="submit" id="feedback-submit">Send feedback</button></form>
      <form class="composer"><div class="ProseMirror" contenteditable="true"></div>
        <button type="button" aria-label="Think" aria-pressed="false" id="think">Think</button>
        <button type="button" aria-label="Add files" id="attach">+</button>
        <button type="submit" aria-label="Send question" id="send">Send</button></form>`;
    for (const id of ['think', 'attach', 'feedback-submit']) expect(adapter.sendButtonInPath([document.getElementById(id)!, document.body]), id).toBeNull();
    expect(adapter.findSendButton()?.id).toBe('send');
    // A renamed send is still the composer form's submit button; the same button as Stop is not send.
    const send = document.getElementById('send')!;
    send.setAttribute('aria-label', 'Envoyer');
    expect(adapter.sendButtonInPath([send, document.body])).toBe(send);
    send.setAttribute('aria-label', 'Stop generation');
    expect(adapter.sendButtonInPath([send, document.body])).toBeNull();
    expect(adapter.findSendButton()).toBeNull();
    expect(adapter.sendSlotOccupied()).toBe(true);
  });

  it('finds Copilot\u2019s submit and none of attach, the chat-mode button or Stop; no bare textarea is its composer', () => {
    const adapter = new SiteAdapter(copilot);
    document.body.innerHTML = `
      <textarea id="search" aria-label="Search"></textarea>
      <button type="button" aria-label="Submit feedback" id="feedback">Submit feedback</button>
      <div data-testid="composer"><textarea id="userInput" data-testid="composer-input"></textarea>
        <button type="button" data-testid="composer-create-button" aria-label="Open" id="open">+</button>
        <button type="button" data-testid="composer-chat-mode-smart-button" aria-label="Smart (GPT-5)" id="mode">Smart</button>
        <button type="button" data-testid="submit-button" aria-label="Submit message" id="send">Go</button></div>`;
    for (const id of ['open', 'mode', 'feedback']) expect(adapter.sendButtonInPath([document.getElementById(id)!, document.body]), id).toBeNull();
    expect(adapter.findSendButton()?.id).toBe('send');
    expect(adapter.findComposer()?.id).toBe('userInput');
    document.getElementById('userInput')!.remove();
    expect(adapter.findComposer()).toBeNull();
    const send = document.getElementById('send')!;
    send.setAttribute('data-testid', 'stop-button');
    send.setAttribute('aria-label', 'Stop responding');
    expect(adapter.sendButtonInPath([send, document.body])).toBeNull();
    expect(adapter.findSendButton()).toBeNull();
    expect(adapter.sendSlotOccupied()).toBe(true);
  });
});
