import { describe, expect, it, vi } from 'vitest';
import { createDesktopBridge, versionFromArgv } from './desktop-bridge';

function bridge() {
  const calls: [string, unknown][] = [];
  const invoke = vi.fn(async (channel: string, request: unknown) => {
    calls.push([channel, request]);
    if (channel === 'promptgate:set-start-at-login') return { enabled: (request as { enabled: boolean }).enabled };
    if (channel === 'promptgate:list-provider-keys') return { providers: ['openai'] };
    return undefined;
  });
  // The fake answers the few channels these tests call; the rest resolve to undefined.
  return { calls, api: createDesktopBridge(invoke, ['electron', '--promptgate-desktop-version=0.4.0']) };
}

describe('createDesktopBridge', () => {
  it('reads the version from the window arguments', () => {
    expect(bridge().api.version).toBe('0.4.0');
    expect(versionFromArgv(['electron'])).toBe('unknown');
  });

  it('maps calls onto the declared channels', async () => {
    const { calls, api } = bridge();
    await expect(api.setStartAtLogin(true)).resolves.toBe(true);
    await expect(api.listProviderKeys()).resolves.toEqual(['openai']);
    await api.openExternal('https://example.com/');
    expect(calls).toEqual([
      ['promptgate:set-start-at-login', { enabled: true }],
      ['promptgate:list-provider-keys', {}],
      ['promptgate:open-external', { url: 'https://example.com/' }],
    ]);
  });

  it('refuses non-web links before asking main', async () => {
    const { calls, api } = bridge();
    await expect(api.openExternal('file:///etc/passwd')).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(bridge().api)).toBe(true);
  });
});
