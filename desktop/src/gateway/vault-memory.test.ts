import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { VaultStore } from '@promptgate/shared';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsedAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe("the gateway's conversation vaults", () => {
  it('hold the values they map, not the prompts those values were cut from', () => {
    const vaults = new VaultStore();
    const before = heapUsedAfterGc();
    // 40 conversations, each with one key found in a 1 MB prompt: what a long-running gateway sees.
    for (let i = 0; i < 40; i++) {
      const key = `sk-proj-${String(i).padStart(4, '0')}Xt4Bq9Lm2Rv7Wn3Kp8Yz1Hc6Df0Gj5Se2Ua7Ti4Ob9Nq3M`;
      const prompt = `${'please review the rollback steps '.repeat(32_000)}\nOPENAI_API_KEY=${key}\n`;
      const start = prompt.indexOf(key);
      // As redaction does: the value is cut out of the prompt's text.
      vaults.get(`conversation-${i}`).placeholderFor('openai-api-key', prompt.slice(start, start + key.length));
    }
    const held = heapUsedAfterGc() - before;
    // Holding the prompts would be 40 MB; the values themselves are a few kilobytes.
    expect(held).toBeLessThan(4 * 1024 * 1024);
    expect(vaults.size).toBe(40);
  });
});
