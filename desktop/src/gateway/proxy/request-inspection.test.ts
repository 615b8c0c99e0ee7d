import { defaultPolicy, detect, inspect, Vault, type Segment } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { DetectionMemo } from './detection-memo';
import { inspectRequest } from './request-inspection';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const file = (n: number) => `// file ${n}\n${'const retry = (fn) => fn();\n'.repeat(200)}GITHUB_TOKEN=${TOKEN}\n`;

/** A pool that detects inline and notes what it was sent. */
function fakePool() {
  const sent: string[][] = [];
  return { sent, detect: async (texts: readonly string[]) => (sent.push([...texts]), texts.map((text) => detect(text))) };
}

const segments = (texts: string[]): Segment[] => texts.map((text, i) => ({ id: String(i), kind: 'history', name: `messages[${i}]`, text }));
const options = () => ({ policy: defaultPolicy, context: { client: 'sdk' as const, site: 'api.openai.com' }, vault: new Vault() });

describe('inspectRequest', () => {
  it('a large history goes to the pool once; resent, it is answered from the memo, with the same inspection', async () => {
    const pool = fakePool();
    const memo = new DetectionMemo();
    const history = Array.from({ length: 8 }, (_, n) => file(n));
    const first = await inspectRequest(pool, memo, segments(history), options());
    expect(pool.sent).toEqual([history]);
    const again = await inspectRequest(pool, memo, segments([...history, 'and now?']), options());
    expect(pool.sent).toHaveLength(1);
    expect(again.segments.slice(0, 8)).toEqual(first.segments);
    expect(first).toEqual(inspect(segments(history), options()));
    expect(first.segments.every((segment) => !segment.text.includes(TOKEN))).toBe(true);
  });

  it('a new text that a request carries twice (a tool result quoted back) is detected once, and both copies are masked', async () => {
    const asked: string[] = [];
    const memo = new DetectionMemo({ detect: (text) => (asked.push(text), detect(text)) });
    const quoted = `the tool printed:\n${file(1).slice(-200)}`;
    const result = await inspectRequest(fakePool(), memo, segments([quoted, 'and now?', quoted]), options());
    expect(asked.filter((text) => text === quoted)).toHaveLength(1);
    expect(result.segments[0]!.text).not.toContain(TOKEN);
    expect(result.segments[2]!.text).toBe(result.segments[0]!.text);
  });

  it('a small request never waits for the pool', async () => {
    const pool = fakePool();
    const result = await inspectRequest(pool, new DetectionMemo(), segments([`my token is ${TOKEN}`]), options());
    expect(pool.sent).toEqual([]);
    expect(result.segments[0]!.text).toBe('my token is [GITHUB_PAT_1]');
  });
});
