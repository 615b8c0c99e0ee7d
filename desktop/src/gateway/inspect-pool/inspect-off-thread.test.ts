import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicy, detect, inspect, Vault, type Finding, type Segment } from '@promptgate/shared';
import { DetectPool } from './detect-pool';
import { inspectOffThread, OFF_THREAD_MIN_CHARS } from './inspect-off-thread';
import { gatedWorker } from './testing/gate';

const pools: DetectPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

/** An agent's history: many turns of a few KB, one secret in the last. */
const turns: Segment[] = Array.from({ length: 40 }, (_, i) => ({
  id: String(i),
  kind: 'prompt',
  text: `turn ${i}: ${'the build passed and the report is attached. '.repeat(100)}${i === 39 ? ' key ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u' : ''}`,
}));
const options = () => ({ policy: defaultPolicy, context: { client: 'sdk' as const, site: 'api.openai.com' }, vault: new Vault() });

describe('inspectOffThread with a caller that remembers texts (the SDK proxy)', () => {
  it('lets the caller answer inline while it is quick, and the pool is not used', async () => {
    expect(turns.reduce((sum, turn) => sum + turn.text.length, 0)).toBeGreaterThan(OFF_THREAD_MIN_CHARS);
    const gate = gatedWorker();
    const pool = new DetectPool({ size: 1, entry: gate.entry });
    pools.push(pool);
    const asked: string[] = [];
    const remembered = (text: string): Finding[] => {
      asked.push(text);
      return detect(text);
    };
    // No time limit: everything inline. The gate stays shut, so a job on the pool would never finish.
    const result = await inspectOffThread(pool, turns, { ...options(), detectText: remembered }, Infinity);
    expect(asked).toHaveLength(turns.length);
    expect(result).toEqual(inspect(turns, options()));
    gate.open();
  });

  it('sends what the caller has no time left for to the pool, with the same result', async () => {
    const pool = new DetectPool({ size: 1 });
    pools.push(pool);
    const asked: string[] = [];
    const remembered = (text: string): Finding[] => {
      asked.push(text);
      return detect(text);
    };
    const result = await inspectOffThread(pool, turns, { ...options(), detectText: remembered }, 0);
    expect(asked).toEqual([]);
    expect(result).toEqual(inspect(turns, options()));
    expect(result.segments[39]!.findings.map((finding) => finding.type)).toEqual(['github-pat']);
  });
});
