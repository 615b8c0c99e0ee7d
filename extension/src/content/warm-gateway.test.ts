import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteAdapter } from '../sites/adapter';
import { deepseek } from '../sites/deepseek';
import { installWarmGateway } from './warm-gateway';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  vi.useRealTimers();
});

function setUp() {
  document.body.innerHTML = '<textarea id="chat-input"></textarea><input id="search">';
  const send = vi.fn(async () => ({ ok: true }));
  uninstall = installWarmGateway({ adapter: new SiteAdapter(deepseek), send });
  const type = (selector: string) => document.querySelector(selector)!.dispatchEvent(new Event('input', { bubbles: true }));
  return { send, type };
}

describe('keeping the way to the gateway warm', () => {
  it('asks the background once while the person types in the composer, and again after a few seconds of typing', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { send, type } = setUp();
    type('#chat-input');
    type('#chat-input');
    expect(send.mock.calls).toEqual([['warm', {}]]);
    vi.advanceTimersByTime(4_000);
    type('#chat-input');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('leaves typing in another box alone', () => {
    const { send, type } = setUp();
    type('#search');
    expect(send).not.toHaveBeenCalled();
  });
});
