import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EventInput } from './types';

/** A fresh data directory per call, removed after the test. */
export function useTempDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-log-'));
    dirs.push(dir);
    return dir;
  };
}

/** A frozen clock that tests move by hand. */
export function frozenClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

/** An ordinary chat inspect event with one redacted email; override what the test is about. */
export function chatEvent(overrides: Partial<EventInput> = {}): EventInput {
  const maskedText = 'please email [EMAIL_1] about the invoice';
  return {
    sessionKind: 'chat',
    source: 'chatgpt.com',
    conversationId: 'conv-1',
    requester: 'Chrome on laptop',
    kind: 'inspect',
    verdict: 'redact',
    maskedText,
    findings: [{ type: 'email', category: 'pii', start: 13, end: 22, placeholder: '[EMAIL_1]', valueHash: 'a'.repeat(64) }],
    detail: { latencyMs: 3 },
    ...overrides,
  };
}
