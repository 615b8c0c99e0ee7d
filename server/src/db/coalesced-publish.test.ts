import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalChangeBus } from './change-bus';
import { coalescedPublisher } from './coalesced-publish';

afterEach(() => vi.useRealTimers());

function heard(bus: LocalChangeBus): string[] {
  const told: string[] = [];
  bus.subscribe('audit', (detail) => told.push(detail));
  return told;
}

describe('coalescedPublisher', () => {
  it('tells the first change at once and a burst after it once, when the window closes', async () => {
    vi.useFakeTimers();
    const bus = new LocalChangeBus();
    const told = heard(bus);
    const { announce } = coalescedPublisher(bus, 'audit', 50, () => undefined);
    announce();
    await vi.advanceTimersByTimeAsync(0);
    expect(told).toHaveLength(1);
    for (let i = 0; i < 10; i++) announce();
    await vi.advanceTimersByTimeAsync(0);
    expect(told).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(told).toHaveLength(2);
    // Nothing new since: the window closes without telling anything, and the next change is told at once.
    await vi.advanceTimersByTimeAsync(50);
    expect(told).toHaveLength(2);
    announce();
    await vi.advanceTimersByTimeAsync(0);
    expect(told).toHaveLength(3);
  });

  it('reports a publish that failed and keeps telling later changes', async () => {
    vi.useFakeTimers();
    const bus = new LocalChangeBus();
    const told = heard(bus);
    const errors: unknown[] = [];
    const publish = vi.spyOn(bus, 'publish').mockRejectedValueOnce(new Error('connection lost'));
    const { announce } = coalescedPublisher(bus, 'audit', 50, (error) => errors.push(error));
    announce();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual([new Error('connection lost')]);
    announce();
    await vi.advanceTimersByTimeAsync(50);
    expect(publish).toHaveBeenCalledTimes(2);
    expect(told).toHaveLength(1);
  });

  it('once closed, tells nothing more: a change waiting for its window is not published on a closed database', async () => {
    vi.useFakeTimers();
    const bus = new LocalChangeBus();
    const told = heard(bus);
    const publisher = coalescedPublisher(bus, 'audit', 50, () => undefined);
    publisher.announce();
    publisher.announce();
    await vi.advanceTimersByTimeAsync(0);
    expect(told).toHaveLength(1);
    publisher.close();
    await vi.advanceTimersByTimeAsync(100);
    expect(told).toHaveLength(1);
  });
});
