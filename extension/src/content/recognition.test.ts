import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { sendToBackground } from '../messages/send';
import { chatgpt } from '../sites/chatgpt';
import { SiteAdapter } from '../sites/adapter';
import { Recognition } from './recognition';

let notices: string[];
let send: ReturnType<typeof vi.fn>;
let recognition: Recognition;

beforeEach(() => {
  document.body.innerHTML = '';
  notices = [];
  send = vi.fn(async () => ({ reported: true }));
  recognition = new Recognition(new SiteAdapter(chatgpt), send as unknown as typeof sendToBackground, (part) => notices.push(part));
});

describe('recognising a site\u2019s composer and send control', () => {
  it('finds nothing missing on the page as the adapter knows it', () => {
    document.body.innerHTML = '<form><div id="prompt-textarea" contenteditable="true">hello</div><button data-testid="send-button">Send</button></form>';
    expect(recognition.missing()).toEqual([]);
  });

  it('says the composer is missing when a text box is on the page but no composer selector matches it', () => {
    document.body.innerHTML = '<form><div id="composer-v2" contenteditable="true"></div><button data-testid="send-button">Send</button></form>';
    expect(recognition.missing()).toEqual(['composer']);
  });

  it('says nothing on a page without any text box (a settings page of the site)', () => {
    document.body.innerHTML = '<main><h1>Settings</h1></main>';
    expect(recognition.missing()).toEqual([]);
  });

  it('judges the send control only once there is text, and not while Stop holds its place', () => {
    document.body.innerHTML = '<form><div id="prompt-textarea" contenteditable="true"></div><button data-testid="composer-submit-v2" aria-label="Submit">Go</button></form>';
    expect(recognition.missing()).toEqual([]);
    document.getElementById('prompt-textarea')!.textContent = 'hello';
    expect(recognition.missing()).toEqual(['send-button']);
    document.querySelector('button')!.setAttribute('data-testid', 'stop-button');
    expect(recognition.missing()).toEqual([]);
  });

  it('shows the notice and tells the background once per control, with the selectors that failed', () => {
    recognition.flag('composer');
    recognition.flag('composer');
    recognition.flag('send-button');
    expect(notices).toEqual(['composer', 'send button']);
    expect(send.mock.calls).toEqual([
      ['siteUnrecognised', { control: 'composer', selectors: chatgpt.selectors.composer }],
      ['siteUnrecognised', { control: 'send-button', selectors: chatgpt.selectors.sendButton }],
    ]);
  });
});
