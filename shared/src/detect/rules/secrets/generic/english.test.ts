import { describe, expect, it } from 'vitest';
import { clearlyRandomLetters, letterPairScore, readsAsEnglish } from './english';

/** Deterministic lowercase letters, so the test sees the same strings on every run. */
function randomLetters(length: number, seed: number): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += String.fromCharCode(97 + ((state >>> 16) % 26));
  }
  return out;
}

const WORDS = [
  'password',
  'configuration',
  'development',
  'localhost',
  'undefined',
  'kubernetes',
  'staging',
  'production',
  'mysecretpassword',
  'supersecretvalue',
  'correcthorsebatterystaple',
  'changeit',
  'secretsmanager',
  'getAccessToken',
  'transformES2015Module',
  'prod-db-credentials',
  'MY_SECRET_KEY_2024',
  'authenticationService',
  'nightlyExport',
  'prodDatabaseCredentials',
  'keycloakClientSecret',
  'ServiceAccountTokenVolumeProjection',
  'HTTPServerRequest',
  'application/json',
  'jsonwebtoken',
  'base64encodedString',
];

function share(strings: readonly string[], test: (value: string) => boolean): number {
  return strings.filter(test).length / strings.length;
}

describe('English letter pairs', () => {
  it('reads words and identifiers as English', () => {
    const notEnglish = WORDS.filter((word) => !readsAsEnglish(letterPairScore(word)));
    expect(notEnglish).toEqual([]);
  });

  it('reads random lowercase strings as random, more surely the longer they are', () => {
    for (const [length, most] of [
      [12, 0.03],
      [16, 0.01],
      [24, 0.002],
    ] as const) {
      const strings = Array.from({ length: 2000 }, (_, i) => randomLetters(length, i * 7919 + length));
      expect(share(strings, (value) => readsAsEnglish(letterPairScore(value)))).toBeLessThanOrEqual(most);
    }
  });

  it('calls long random lowercase strings clearly random, and no word or identifier', () => {
    const strings = Array.from({ length: 2000 }, (_, i) => randomLetters(20, i * 104729 + 1));
    expect(share(strings, (value) => clearlyRandomLetters(letterPairScore(value)))).toBeGreaterThanOrEqual(0.95);
    expect(WORDS.filter((word) => clearlyRandomLetters(letterPairScore(word)))).toEqual([]);
  });

  it('never pairs letters across words: camelCase, acronyms, digits and separators split them', () => {
    expect(letterPairScore('getAccessToken').pairs).toBe(2 + 5 + 4);
    expect(letterPairScore('HTTPServer').pairs).toBe(3 + 5);
    expect(letterPairScore('ab_cd-ef.gh1ij').pairs).toBe(5);
  });
});
