import { describe, expect, it } from 'vitest';
import { AgentRuns } from './agent-runs';

describe("an SDK client's latest run", () => {
  it('is the session of its latest model call, for that client only, and only on the same day', () => {
    let now = Date.parse('2026-12-05T09:00:00Z');
    const runs = new AgentRuns(() => now);
    expect(runs.latest('laptop')).toBeUndefined();
    runs.noteModelCall('laptop', 'anthropic 2026-12-05');
    runs.noteModelCall('ci', 'release run 7');
    expect(runs.latest('laptop')).toBe('anthropic 2026-12-05');
    expect(runs.latest('ci')).toBe('release run 7');
    runs.noteModelCall('laptop', 'refactor run');
    expect(runs.latest('laptop')).toBe('refactor run');
    now = Date.parse('2026-12-06T00:00:01Z');
    expect(runs.latest('laptop')).toBeUndefined();
  });
});
