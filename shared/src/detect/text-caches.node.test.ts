import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

/** Made-up values in every shape the rules' per-text caches are filled by. */
const TAIL = [
  '[database]',
  'password = Tq8vRz2mWx4Lp9Ks',
  '| name | passport number |',
  '| --- | --- |',
  '| Ann Example | X1234567 |',
  "INSERT INTO people (name, passport_no) VALUES ('Ann', 'X7654321');",
  'Card 4111 1111 1111 1111, call +1 415 555 0134 from fe80::1ff:fe23:4567:890a',
  'Passport number: K9876543',
].join('\n');

describe('the caches rules share while scanning one text, in Node', () => {
  it('keep nothing of the text once the scan is over', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfter = (make: () => void): number => {
      make();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Warm: the rules' own tables are built on first use and stay, as they should.
    detect(`warm up\n${TAIL}`);
    const before = heapAfter(() => undefined);
    let found = 0;
    // A flat 32 MB prompt, then dropped: whatever still holds it shows in the heap.
    const after = heapAfter(() => {
      const prompt = Buffer.alloc(32 * 1024 * 1024, ' ').toString('latin1') + TAIL;
      found = detect(prompt).length;
    });
    expect(found).toBeGreaterThanOrEqual(4);
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  });
});
