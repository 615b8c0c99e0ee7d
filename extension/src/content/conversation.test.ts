import { describe, expect, it } from 'vitest';
import { ConversationTracker } from './conversation';

const idFromUrl = (url: string) => /\/c\/(\w+)/.exec(url)?.[1];
const NEW = 'https://chatgpt.com/';
const drafts = () => {
  let n = 0;
  return () => `draft${++n}`;
};

describe('ConversationTracker', () => {
  it('uses the site\u2019s id when the URL has one', () => {
    expect(new ConversationTracker(idFromUrl).current('https://chatgpt.com/c/abc')).toBe('abc');
  });

  it('keeps a new chat on its draft key once the site names it, and links the id to it', async () => {
    const tracker = new ConversationTracker(idFromUrl, drafts());
    const linked: string[][] = [];
    const link = (draftId: string, id: string) => (linked.push([draftId, id]), Promise.resolve(true));
    expect(tracker.current(NEW)).toBe('draft1');
    expect(tracker.current('https://chatgpt.com/c/xyz')).toBe('draft1');
    expect(await tracker.settled('https://chatgpt.com/c/xyz', link)).toBe('draft1');
    expect(await tracker.settled('https://chatgpt.com/c/xyz', link)).toBe('draft1');
    expect(linked).toEqual([['draft1', 'xyz']]);
    expect(tracker.current('https://chatgpt.com/c/other')).toBe('other');
    expect(tracker.current(NEW)).toBe('draft2');
    expect(tracker.current('https://chatgpt.com/c/xyz')).toBe('draft1');
  });

  it('uses the id on its own when the gateway refuses the link', async () => {
    const tracker = new ConversationTracker(idFromUrl, drafts());
    tracker.current(NEW);
    expect(await tracker.settled('https://chatgpt.com/c/older', () => Promise.resolve(false))).toBe('older');
    expect(tracker.current('https://chatgpt.com/c/older')).toBe('older');
  });

  it('treats a gateway that cannot be asked as a refusal', async () => {
    const tracker = new ConversationTracker(idFromUrl, drafts());
    tracker.current(NEW);
    expect(await tracker.settled('https://chatgpt.com/c/xyz', () => Promise.reject(new Error('down')))).toBe('xyz');
  });

  it('does not give the draft to a chat the person opened from the new-chat page', () => {
    const tracker = new ConversationTracker(idFromUrl, drafts());
    expect(tracker.current(NEW)).toBe('draft1');
    tracker.notePersonNavigating();
    expect(tracker.current('https://chatgpt.com/c/older')).toBe('older');
    expect(tracker.current(NEW)).toBe('draft1');
  });
});
