import { readFileSync } from 'node:fs';
import { lintSource } from '@secretlint/core';
import { creator as secretlintPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { describe, expect, it } from 'vitest';
import { detect } from '@promptgate/shared';

/**
 * promptgate does not run secretlint in its hot path (secretlint needs Node built-ins, which the extension
 * cannot bundle, and its own pass alone costs what the whole engine may cost). Instead this test keeps the
 * promise "at least what secretlint's recommended preset finds": on every labelled text of the eval corpus,
 * each secret secretlint reports must overlap a secret finding of promptgate's.
 */
const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlintPreset }] };
const corpus = ['secret-positives.jsonl', 'secret-negatives.jsonl'].flatMap((file) =>
  readFileSync(new URL(`../../eval/corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string }),
);

describe('coverage of secretlint preset-recommend', () => {
  it('finds every secret secretlint finds in the labelled corpus', async () => {
    const missed: string[] = [];
    let secretlintFindings = 0;
    for (const { id, text } of corpus) {
      const result = await lintSource({ source: { filePath: '/prompt.txt', content: text, contentType: 'text' }, options: { config, maskSecrets: false } });
      const ours = detect(text).filter((finding) => finding.category === 'secret');
      for (const message of result.messages) {
        if (message.severity === 'info') continue;
        secretlintFindings++;
        const [start, end] = message.range;
        if (!ours.some((finding) => finding.start < end && start < finding.end)) missed.push(`${id}: ${message.ruleId} ${text.slice(start, Math.min(end, start + 12))}…`);
      }
    }
    expect(secretlintFindings).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  });
});
