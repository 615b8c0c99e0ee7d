/**
 * Options for `vi.waitFor`: its own default timeout is one second, which a busy CI machine misses. The timeout
 * is hang protection, not a speed limit (`expect.poll` gets the same from the vitest config).
 */
export const HANG_GUARD = { timeout: 60_000, interval: 25 } as const;
