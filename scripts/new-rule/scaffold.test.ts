import { describe, expect, it } from 'vitest';
import { createEngine } from '../../shared/src/detect/engine';
import { builtinRules } from '../../shared/src/detect/rules';
import type { Rule, RuleFixtures } from '../../shared/src/detect/rule';
import { contextRule, tokenRule } from '../../shared/src/detect/define';
import { seededRandom } from '../../shared/src/redact/test-helpers';
import { camelName, fixturesSource, registeredIndex, RuleSpec, ruleSource } from './scaffold';

/** Evaluates a generated module's text: its one import is the rule helpers, its export the rule or fixtures. */
function load<T>(source: string): T {
  const body = source
    .replace(/^import .*$/gm, '')
    .replace(/^export const (\w+) = /m, 'return ')
    .replace(/^const fixtures: RuleFixtures = /m, 'return ')
    .replace(/^export default fixtures;$/m, '');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point is to run the text the scaffold writes
  const evaluate = new Function('tokenRule', 'contextRule', body) as (helpers: typeof tokenRule, context: typeof contextRule) => T;
  return evaluate(tokenRule, contextRule);
}

const SPECS: RuleSpec[] = [
  RuleSpec.parse({ id: 'acme-api-key', title: 'Acme API key', group: 'saas', kind: 'token', prefix: 'acme_', length: 40, alphabet: 'base62', severity: 'high' }),
  RuleSpec.parse({ id: 'zeta-deploy-token', title: 'Zeta deploy token', group: 'ci', kind: 'context', keywords: ['zeta'], length: 32, alphabet: 'hex', severity: 'critical' }),
];

describe('new-rule scaffold', () => {
  for (const spec of SPECS) {
    it(`writes a ${spec.kind} rule whose generated fixtures pass against the whole engine`, () => {
      const rule = load<Rule>(ruleSource(spec));
      const fixtures = load<RuleFixtures>(fixturesSource(spec, seededRandom(7)));
      const engine = createEngine([...builtinRules, rule]);
      for (const positive of fixtures.positive) {
        const { text, secret } = typeof positive === 'string' ? { text: positive, secret: positive } : positive;
        const found = engine
          .detect(text)
          .filter((f) => f.type === spec.id)
          .map((f) => text.slice(f.start, f.end));
        expect(found, text).toEqual([secret]);
      }
      for (const negative of fixtures.negative)
        expect(
          engine.detect(negative).map((f) => f.type),
          negative,
        ).not.toContain(spec.id);
    });
  }

  it('registers the rule in its group index: imported, and last in the list', () => {
    const index = "import type { Rule } from '../../../rule';\nimport { a } from './a';\n\nexport const rules: readonly Rule[] = [\n  a,\n];\n";
    const out = registeredIndex(index, SPECS[0]!);
    expect(out).toBe(
      "import type { Rule } from '../../../rule';\nimport { a } from './a';\nimport { acmeApiKey } from './acme-api-key';\n\nexport const rules: readonly Rule[] = [\n  a,\n  acmeApiKey,\n];\n",
    );
    expect(() => registeredIndex(out, SPECS[0]!)).toThrow(/already names acmeApiKey/);
    expect(() => registeredIndex('const x = 1;\n', SPECS[0]!)).toThrow(/no imports/);
  });

  it('refuses specs that would make a broken rule, with the field that is wrong', () => {
    const bad = RuleSpec.safeParse({ id: 'Acme', title: 'Acme API key', group: 'saas', kind: 'token', length: 40, alphabet: 'base62', severity: 'high' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(messages).toContain('id: kebab-case');
    expect(RuleSpec.safeParse({ ...SPECS[1], keywords: [] }).success).toBe(false);
    expect(camelName('zeta-deploy-token')).toBe('zetaDeployToken');
  });
});
