import { describe, expect, it } from 'vitest';
import { RuleAcceptance } from './finding';
import { FindingBuffer } from './finding-buffer';
import { mergeFindings } from './merge';
import { seededRandom } from '../redact/test-helpers';
import type { Category, Finding, Severity } from './types';

function acceptance(id: string, category: Category, severity: Severity, confidence: number): RuleAcceptance {
  return new RuleAcceptance({ id, kind: 'token', category, severity, confidence, prefixes: ['x'], pattern: /x/ } as never);
}

const RULES = [
  acceptance('key', 'secret', 'critical', 0.99),
  acceptance('password', 'secret', 'high', 0.7),
  acceptance('dsn', 'secret', 'low', 0.8),
  acceptance('custom', 'custom', 'high', 0.9),
  acceptance('email', 'pii', 'medium', 0.9),
  acceptance('phone', 'pii', 'medium', 0.6),
];

describe('FindingBuffer', () => {
  it('merges exactly as mergeFindings merges the same findings as objects', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = seededRandom(seed);
      const buffer = new FindingBuffer();
      const objects: Finding[] = [];
      // Rules record one after another, each in text order (a few sorted runs), sometimes out of order.
      const runs = 1 + Math.floor(next() * (seed % 7 === 0 ? 90 : 6));
      for (let r = 0; r < runs; r++) {
        let at = Math.floor(next() * 20);
        const count = Math.floor(next() * 12);
        for (let k = 0; k < count; k++) {
          const rule = RULES[Math.floor(next() * RULES.length)]!;
          const start = next() < 0.2 ? Math.floor(next() * 200) : (at += Math.floor(next() * 15));
          const end = start + 1 + Math.floor(next() * 20);
          const confidence = next() < 0.3 ? Math.round(next() * 100) / 100 : undefined;
          buffer.push(rule, start, end, confidence);
          objects.push(rule.finding(start, end, confidence));
        }
      }
      expect(buffer.merged(), `seed ${seed}`).toEqual(mergeFindings(objects));
    }
  });

  it('starts empty again after clear, and grows past its first storage', () => {
    const buffer = new FindingBuffer();
    for (let i = 0; i < 1000; i++) buffer.push(RULES[4]!, i * 10, i * 10 + 5);
    expect(buffer.merged()).toHaveLength(1000);
    buffer.clear();
    expect(buffer.merged()).toEqual([]);
    buffer.push(RULES[0]!, 3, 9, 0.5);
    expect(buffer.merged()).toEqual([{ type: 'key', category: 'secret', start: 3, end: 9, severity: 'critical', confidence: 0.5 }]);
  });
});
