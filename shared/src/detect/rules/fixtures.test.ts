import { describe, expect, it } from 'vitest';
import type { RuleFixtures } from '../rule';
import { createEngine } from '../engine';
import { builtinRules } from '.';

// Every rule file `x/<id>.ts` has `x/<id>.fixtures.ts` next to it; each fixture runs against the whole
// engine, so a positive must survive overlap resolution with every other rule, and a negative must not be
// claimed by this rule.
const fixtureModules = import.meta.glob<{ default: RuleFixtures }>('./**/*.fixtures.ts', { eager: true });
const fixturesById = new Map<string, RuleFixtures>();
for (const [path, module] of Object.entries(fixtureModules)) {
  const id = path
    .split('/')
    .pop()!
    .replace(/\.fixtures\.ts$/, '');
  fixturesById.set(id, module.default);
}

const engine = createEngine(builtinRules);

describe('built-in rules', () => {
  it('every rule has fixtures with positives and negatives', () => {
    const missing = builtinRules
      .filter((rule) => {
        const fixtures = fixturesById.get(rule.id);
        return !fixtures || fixtures.positive.length === 0 || fixtures.negative.length === 0;
      })
      .map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it('every fixture file belongs to a rule', () => {
    const ids = new Set(builtinRules.map((rule) => rule.id));
    expect([...fixturesById.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const rule of builtinRules) {
    const fixtures = fixturesById.get(rule.id);
    if (!fixtures) continue;
    describe(rule.id, () => {
      fixtures.positive.forEach((positive, index) => {
        it(`finds positive #${index}`, () => {
          const { text, secret } = typeof positive === 'string' ? { text: positive, secret: positive } : positive;
          const spans = engine
            .detect(text)
            .filter((finding) => finding.type === rule.id)
            .map((finding) => text.slice(finding.start, finding.end));
          expect(spans).toContain(secret);
        });
      });
      fixtures.negative.forEach((negative, index) => {
        it(`ignores negative #${index}`, () => {
          const types = engine.detect(negative).map((finding) => finding.type);
          expect(types).not.toContain(rule.id);
        });
      });
    });
  }
});
