import { describe, expect, it } from 'vitest';
import type { RuleFixtures } from '../rule';
import { createEngine } from '../engine';
import { builtinRules } from '.';

// What each rule reports for its own positive fixtures, pinned: a change to a rule's range, severity or
// confidence, or to how it wins an overlap, shows up as a reviewed diff of this snapshot instead of passing
// silently because the secret is still "found". Update with `npx vitest run -u` after checking the diff.
const fixtureModules = import.meta.glob<{ default: RuleFixtures }>('./**/*.fixtures.ts', { eager: true });
const fixturesById = new Map<string, RuleFixtures>();
for (const [path, module] of Object.entries(fixtureModules))
  fixturesById.set(
    path
      .split('/')
      .pop()!
      .replace(/\.fixtures\.ts$/, ''),
    module.default,
  );

const engine = createEngine(builtinRules);

/** One line per positive fixture: each finding as `type start-end severity confidence`. */
function outputsOf(ids: readonly string[]): string {
  const lines: string[] = [];
  for (const id of ids) {
    fixturesById.get(id)?.positive.forEach((positive, index) => {
      const text = typeof positive === 'string' ? positive : positive.text;
      const findings = engine.detect(text).map((f) => `${f.type} ${f.start}-${f.end} ${f.severity} ${f.confidence}`);
      lines.push(`${id}#${index}: ${findings.join('; ')}`);
    });
  }
  return lines.join('\n') + '\n';
}

describe('rule outputs on their own fixtures', () => {
  const ids = builtinRules.map((rule) => rule.id).sort();
  it('match the pinned snapshot', async () => {
    await expect(outputsOf(ids)).toMatchFileSnapshot('./__snapshots__/rule-outputs.txt');
  });
});
