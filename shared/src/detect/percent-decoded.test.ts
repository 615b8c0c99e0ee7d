import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../redact/test-helpers';
import { percentDecoded } from './percent-decoded';

/** What `decodeURIComponent` gives, or undefined where it throws. */
function reference(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

describe('percentDecoded', () => {
  it('decodes UTF-8 escapes and leaves other characters as they are', () => {
    expect(percentDecoded('p%40ss%2Fw0rd')).toBe('p@ss/w0rd');
    expect(percentDecoded('caf%C3%A9 %E2%82%AC %F0%9F%94%91')).toBe('café € 🔑');
    expect(percentDecoded('no escapes')).toBe('no escapes');
  });

  it('refuses what decodeURIComponent refuses', () => {
    for (const malformed of ['%', '%4', '%G1', '%FF', '%80', '%C3', '%C3%28', '%C0%AF', '%E0%80%AF', '%ED%A0%80', '%F4%90%80%80', '%F5%80%80%80']) {
      expect(reference(malformed), malformed).toBeUndefined();
      expect(percentDecoded(malformed), malformed).toBeUndefined();
    }
  });

  it('agrees with decodeURIComponent on random escapes, valid and not', () => {
    // Bytes around every boundary UTF-8 draws (ASCII, continuations, leads, the narrowed ranges), plus bad hex.
    const bytes = ['41', '7F', '80', '8F', '90', '9F', 'A0', 'BF', 'C0', 'C1', 'C2', 'DF', 'E0', 'ED', 'EF', 'F0', 'F4', 'F5', 'FF', 'zz', '4'];
    const next = random(11);
    const disagreements: string[] = [];
    let decoded = 0;
    for (let n = 0; n < 30_000; n++) {
      let value = '';
      for (let parts = 1 + Math.floor(next() * 5), k = 0; k < parts; k++) value += next() < 0.85 ? `%${bytes[Math.floor(next() * bytes.length)]}` : 'x';
      const expected = reference(value);
      if (expected !== undefined) decoded++;
      if (percentDecoded(value) !== expected) disagreements.push(value);
    }
    expect(disagreements).toEqual([]);
    expect(decoded).toBeGreaterThan(1_000);
  });
});
