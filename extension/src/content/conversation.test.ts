import { describe, expect, it } from 'vitest';
import { ConversationTracker } from './conversation';

const idFromUrl = (url: string) => /\/c\/(\w+)/.exec(url)?.[1];

describe('ConversationTracker', () => {
  it('uses the site\u2019s id when the URL has one', () => {
    expect(new ConversationTracker(idFromUrl).current('https://chatgpt.com/c/abc')).toBe('abc');
  });

  it('keeps the draft key when a new chat gets its id after the first send, so replies restore', () => {
    let n = 0;
    const tracker = new ConversationTracker(idFromUrl, () => `draft${++n}`);
    expect(tracker.current('https://chatgpt.com/')).toBe('draft1');
    tracker.noteSent('https://chatgpt.com/');
    expect(tracker.current('https://chatgpt.com/c/xyz')).toBe('draft1');
    expect(tracker.current('https://chatgpt.com/c/xyz')).toBe('draft1');
    expect(tracker.current('https://chatgpt.com/c/other')).toBe('other');
    expect(tracker.current('https://chatgpt.com/')).toBe('draft2');
  });
});
