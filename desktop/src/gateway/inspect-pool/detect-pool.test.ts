import { afterEach, describe, expect, it } from 'vitest';
import { compileCustomDetectors, detect, policySchema, type Policy } from '@promptgate/shared';
import { DetectPool, SHARED_JOB_PART_CHARS } from './detect-pool';
import { InspectPoolError } from './pool-errors';
import { faultyWorker, gatedWorker } from './testing/gate';

const pools: DetectPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});
function pool(options: ConstructorParameters<typeof DetectPool>[0] = {}): DetectPool {
  const created = new DetectPool(options);
  pools.push(created);
  return created;
}

const custom: Policy['custom'] = policySchema.parse({ version: 1, name: 't', custom: [{ id: 'falcon', kind: 'keywords', keywords: ['Project Falcon'], action: 'hold' }] }).custom;
const large = `${'password=hunter2 and more prose. '.repeat(2000)} token ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u about Project Falcon`;

describe('DetectPool', () => {
  it("finds in a worker what the engine finds inline, the policy's custom detectors included", async () => {
    const [findings] = await pool({ size: 1 }).detect([large], custom);
    expect(findings).toEqual(detect(large, { extraRules: compileCustomDetectors(custom) }));
    expect(findings!.map((finding) => finding.type)).toContain('custom:falcon');
  });

  it('queues jobs up to its bound and refuses the next one with a clear busy error', async () => {
    const gate = gatedWorker();
    const busy = pool({ size: 1, maxQueued: 1, entry: gate.entry });
    const running = busy.detect(['first ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u'], []);
    const waiting = busy.detect(['second'], []);
    const refused = busy.detect(['third'], []);
    await expect(refused).rejects.toMatchObject({ status: 503, code: 'inspection_busy' });
    await expect(refused).rejects.toThrow(/already inspecting 2 large prompts/);
    gate.open();
    expect((await running)[0]!.map((finding) => finding.type)).toEqual(['github-pat']);
    expect(await waiting).toEqual([[]]);
    expect(busy.pending).toBe(0);
  });

  it('shares a large job of several texts between idle workers, and answers in the order of the texts', async () => {
    const half = Math.ceil(SHARED_JOB_PART_CHARS / large.length);
    const texts = [large.repeat(half), `prose only ${'x '.repeat(SHARED_JOB_PART_CHARS)}`, `mail ada@example.com ${large.repeat(half)}`];
    const gate = gatedWorker();
    const shared = pool({ size: 3, entry: gate.entry });
    const job = shared.detect(texts, custom);
    // Three texts of a part's size each: a part on each of the three workers.
    expect(shared.pending).toBe(3);
    gate.open();
    const inline = texts.map((text) => detect(text, { extraRules: compileCustomDetectors(custom) }));
    expect(await job).toEqual(inline);
    expect(inline[2]!.map((finding) => finding.type)).toContain('email');
  });

  it('keeps a job whole when it is small, of one text, or when workers are busy', async () => {
    const gate = gatedWorker();
    const busy = pool({ size: 2, entry: gate.entry });
    const small = busy.detect(['a', 'b', 'c'], []);
    expect(busy.pending).toBe(1);
    const big = busy.detect([large.repeat(4), large.repeat(4)], []);
    // One worker left: the big job takes it whole.
    expect(busy.pending).toBe(2);
    const waiting = busy.detect([large.repeat(4), large.repeat(4)], []);
    expect(busy.pending).toBe(3);
    gate.open();
    expect(await small).toEqual([[], [], []]);
    expect((await big).length).toBe(2);
    expect((await waiting).length).toBe(2);
  });

  it('fails the whole job when a part of it fails', async () => {
    const faulty = pool({ size: 2, entry: faultyWorker, onWorkerExit: () => {} });
    const filler = 'y'.repeat(SHARED_JOB_PART_CHARS);
    await expect(faulty.detect([filler, `crash the worker ${filler}`], [])).rejects.toMatchObject({ code: 'inspection_failed' });
    expect(await faulty.detect(['mail me at ada@example.com'], [])).toEqual([detect('mail me at ada@example.com')]);
  });

  it('fails the job of a worker that dies, reports it, and runs the next job on a fresh worker', async () => {
    const exits: Error[] = [];
    const faulty = pool({ size: 1, entry: faultyWorker, onWorkerExit: (error) => exits.push(error) });
    const crashed = faulty.detect(['crash the worker'], []);
    await expect(crashed).rejects.toBeInstanceOf(InspectPoolError);
    await expect(crashed).rejects.toMatchObject({ status: 500, code: 'inspection_failed' });
    expect(exits.map((error) => error.message)).toEqual(['the detection worker exited with code 3']);
    expect(await faulty.detect(['mail me at ada@example.com'], [])).toEqual([detect('mail me at ada@example.com')]);
  });

  it('stops a job that runs past its time limit and fails it, freeing the pool', async () => {
    const exits: Error[] = [];
    // The gate never opens: the job cannot finish by itself.
    const stuck = pool({ size: 1, maxJobMs: 50, entry: gatedWorker().entry, onWorkerExit: (error) => exits.push(error) });
    await expect(stuck.detect(['never done'], [])).rejects.toMatchObject({ status: 500, code: 'inspection_failed' });
    expect(exits.map((error) => error.message)).toEqual(['detection took longer than 50 ms and was stopped']);
    expect(stuck.pending).toBe(0);
  });

  it('refuses work once closed, and fails what was waiting', async () => {
    const gate = gatedWorker();
    const closing = pool({ size: 1, entry: gate.entry });
    const running = expect(closing.detect(['a'], [])).rejects.toMatchObject({ code: 'gateway_shutting_down' });
    await closing.close();
    await running;
    await expect(closing.detect(['b'], [])).rejects.toMatchObject({ code: 'gateway_shutting_down' });
  });
});
