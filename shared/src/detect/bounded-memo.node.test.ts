import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo, in Node', () => {
  it('keeps no text it cut a key from alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = new BoundedMemo((key: string) => key.length);
    const heapAfter = (make: () => void): number => {
      make();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heapAfter(() => undefined);
    // A flat 32 MB prompt, a 20-character name cut from it by range and by `get`, then the prompt dropped.
    const after = heapAfter(() => {
      const prompt = Buffer.alloc(32 * 1024 * 1024, 'a').toString('latin1') + 'DATABASE_PASSWORD_OF_PROD=x';
      memo.getRange(prompt, prompt.length - 27, prompt.length - 2);
      memo.get(prompt.slice(prompt.length - 26, prompt.length - 4));
    });
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  });
});
