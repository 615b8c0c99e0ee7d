import { describe, expect, it } from 'vitest';
import { createEngine } from '../detect/engine';
import { compileCustomDetectors } from './custom-detectors';
import { customDetectorSchema, type CustomDetector } from './schema';

function findAll(detector: Record<string, unknown>, text: string): string[] {
  const parsed: CustomDetector = customDetectorSchema.parse({ id: 'x', ...detector });
  const engine = createEngine(compileCustomDetectors([parsed]));
  return engine.detect(text).map((f) => text.slice(f.start, f.end));
}

describe('compileCustomDetectors', () => {
  it('reports findings of type custom:<id> in the custom category', () => {
    const [rule] = compileCustomDetectors([customDetectorSchema.parse({ id: 'customer-id', kind: 'dictionary', values: ['C-1'], severity: 'critical' })]);
    const findings = createEngine([rule!]).detect('id C-1 here');
    expect(findings).toEqual([{ type: 'custom:customer-id', category: 'custom', start: 3, end: 6, severity: 'critical', confidence: 0.95 }]);
  });

  describe('keywords', () => {
    it('matches whole words only, case-insensitively by default, longest keyword first', () => {
      expect(findAll({ kind: 'keywords', keywords: ['falcon', 'Project Falcon'] }, 'Project FALCON and falconry and falcon_x and (falcon).')).toEqual(['Project FALCON', 'falcon']);
    });

    it('uses Unicode-aware boundaries', () => {
      expect(findAll({ kind: 'keywords', keywords: ['café'] }, 'cafés café écafé')).toEqual(['café']);
      expect(findAll({ kind: 'keywords', keywords: ['Zürich'] }, 'inZürich Zürich')).toEqual(['Zürich']);
    });

    it('can match inside words and case-sensitively', () => {
      expect(findAll({ kind: 'keywords', keywords: ['Falcon'], wholeWord: false, caseInsensitive: false }, 'falcon Falconry')).toEqual(['Falcon']);
    });

    it('escapes regex syntax in keywords', () => {
      expect(findAll({ kind: 'keywords', keywords: ['a.b', 'c++', '(x)'] }, 'axb a.b c++ (x)')).toEqual(['a.b', 'c++', '(x)']);
    });
  });

  describe('dictionary', () => {
    it('finds exact values, whole word, case-sensitive by default', () => {
      expect(findAll({ kind: 'dictionary', values: ['ACME-001', 'ACME-0012'] }, 'ACME-001, ACME-0012, XACME-001, acme-001, ACME-00123')).toEqual(['ACME-001', 'ACME-0012']);
    });

    it('folds case when asked and copes with many values', () => {
      const values = Array.from({ length: 20_000 }, (_, i) => `cust-${i}`);
      expect(findAll({ kind: 'dictionary', values, caseInsensitive: true }, 'see CUST-19999 and cust-5')).toEqual(['CUST-19999', 'cust-5']);
    });
  });

  describe('regex', () => {
    it('runs the pattern globally with its flags', () => {
      expect(findAll({ kind: 'regex', pattern: 'cust-\\d{3}', flags: 'i' }, 'CUST-123 cust-456 cust-7')).toEqual(['CUST-123', 'cust-456']);
    });

    it('skips zero-length matches of patterns that can match empty inside text', () => {
      expect(findAll({ kind: 'regex', pattern: '\\bx?y' }, 'ay xy y')).toEqual(['xy', 'y']);
      expect(findAll({ kind: 'regex', pattern: '\\bx?' }, 'ay xy y')).toEqual(['x']);
    });

    it('reports offsets in the text as JavaScript counts them, past characters outside the BMP', () => {
      expect(findAll({ kind: 'regex', pattern: '\\p{Lu}\\d+', flags: 'u' }, '😀 A12 é B3')).toEqual(['A12', 'B3']);
    });

    it('runs a catastrophic-backtracking pattern in linear time: `(a+)+$` on a long run of a and a stray char', () => {
      // A backtracking engine takes exponential time here; the test finishing at all is the point.
      const text = 'a'.repeat(50_000) + '!';
      expect(findAll({ kind: 'regex', pattern: '(a+)+$' }, text)).toEqual([]);
      expect(findAll({ kind: 'regex', pattern: '(a+)+!' }, text)).toEqual([text]);
    });

    it('refuses, with the reason, a pattern that reached compilation without validation', () => {
      const unchecked = { id: 'x', kind: 'regex', pattern: '(?<=id:)\\d+', flags: '', action: 'redact', severity: 'high' } as const;
      expect(() => compileCustomDetectors([unchecked])).toThrow(/lookbehind .* not supported: custom patterns run in a linear-time regex engine/);
    });
  });
});
