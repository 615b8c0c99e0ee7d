import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { isInsidePlaceholderName, isPlaceholderName, withoutPlaceholders } from './redaction-placeholder';
import { builtinRules } from './rules';
import type { Finding } from './types';
import { MAX_STEPS_GROWTH, repeatToSize, stepsGrowth } from './work-meter';

const engine = createEngine(builtinRules);

function finding(start: number, end: number): Finding {
  return { type: 'generic-secret-assignment', category: 'secret', severity: 'medium', confidence: 0.65, start, end };
}

describe('withoutPlaceholders', () => {
  it('drops a finding made of a placeholder and a few characters around it', () => {
    const text = 'TOKEN: [GCP_API_KEY_1]\'"x';
    expect(withoutPlaceholders(text, [finding(7, 22)])).toEqual([]);
    expect(withoutPlaceholders(text, [finding(7, 21)])).toEqual([]);
  });

  it('keeps what beside a placeholder is long enough to be a secret of its own', () => {
    const text = 'k=[GCP_API_KEY_1]Xk9mQ2vL7pR4tW8z and Qm7xK2pL9vT4nR8w[1PASSWORD_2]';
    const start = text.indexOf('[GCP');
    const end = text.indexOf(' and');
    expect(withoutPlaceholders(text, [finding(start, end)])).toEqual([finding(text.indexOf('Xk9'), end)]);
    const second = text.indexOf('Qm7');
    expect(withoutPlaceholders(text, [finding(second, text.length)])).toEqual([finding(second, text.indexOf('[1PASS'))]);
  });

  it('leaves findings away from placeholders as they are', () => {
    const text = 'a [EMAIL_1] b Xk9mQ2vL7pR4tW8z';
    const findings = [finding(14, text.length)];
    expect(withoutPlaceholders(text, findings)).toBe(findings);
  });
});

describe('detection over text that holds placeholders', () => {
  it('finds nothing in placeholders a model echoed in a JSON-escaped line', () => {
    const text = '{"path":".env","content":"TOKEN: \\n\\n[GCP_API_KEY_1]\'\\"[SCALEWAY_ACCESS_KEY_1], "}';
    expect(engine.detect(text)).toEqual([]);
  });
});

describe('isPlaceholderName', () => {
  it('is the name inside a placeholder, brackets around it', () => {
    const text = 'x [RUBYGEMS_API_KEY_1] : y';
    expect(isPlaceholderName(text, 3, 21)).toBe(true);
    expect(isPlaceholderName('RUBYGEMS_API_KEY_1 : y', 0, 18)).toBe(false);
    expect(isPlaceholderName('[RUBYGEMS_API_KEY] : y', 1, 17)).toBe(false);
    expect(isPlaceholderName('[rubygems_api_key_1] : y', 1, 19)).toBe(false);
  });
  it('names no secret: what follows a placeholder is read as the original text read it', () => {
    // The original held the RubyGems key there, no secret name: a value after it is nobody's value.
    const text = "'[RUBYGEMS_API_KEY_1] : Xk9mQ2vL7pR4tW8zHc3NbY6fJs5GtE1uQa0, [STRIPE_SECRET_KEY_1]=Qm7xK2pL9vT4nR8wZ3cY6hJ1dF5s";
    expect(engine.detect(text)).toEqual([]);
  });
});

describe('isInsidePlaceholderName', () => {
  it('is a keyword inside the name of a placeholder, and nothing else', () => {
    const text = 'set [GITHUB_TOKEN_1] and GITHUB_TOKEN and [GITHUB_TOKEN] and [github_token_1]';
    const at = (from: number) => text.indexOf('TOKEN', from);
    expect(isInsidePlaceholderName(text, at(0), at(0) + 5)).toBe(true);
    expect(isInsidePlaceholderName(text, 5, 11)).toBe(true); // GITHUB
    expect(isInsidePlaceholderName(text, at(20), at(20) + 5)).toBe(false); // a name, no brackets
    expect(isInsidePlaceholderName(text, at(40), at(40) + 5)).toBe(false); // no number: not a placeholder
    const lower = text.indexOf('token');
    expect(isInsidePlaceholderName(text, lower, lower + 5)).toBe(false);
  });

  it('looks no further than a placeholder name reaches', () => {
    const long = `[${'A'.repeat(100)}_TOKEN_1]`;
    expect(isInsidePlaceholderName(long, 101, 107)).toBe(false);
  });
});

describe('a keyword inside a placeholder is no context', () => {
  it('reads the text beside a placeholder as the original read it, with the secret in its place', () => {
    // A commit id after a placeholder a model echoed: `TOKEN` in the placeholder made it a GitHub token.
    const sha = '8f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e';
    expect(engine.detect(`Set [GITHUB_TOKEN_1] and push ${sha}`)).toEqual([]);
    // The same keyword written as a name still counts.
    expect(engine.detect(`Set GITHUB_TOKEN and push ${sha}`).map((f) => f.type)).toEqual(['github-legacy-token']);
  });
});

describe('the placeholder cut on a text with many findings', () => {
  // A search that finds no placeholder runs to the text's end: once per finding, that was quadratic.
  it('searches the text once, however many findings there are', () => {
    const growth = stepsGrowth(engine, (size) => repeatToSize(['API_TOKEN=Zq7xT9vLp2zRk8Wn4yBq\n', 'db_host=primary_1 [WAIT_FOR_IT]\n'], size));
    expect(growth).toBeLessThanOrEqual(MAX_STEPS_GROWTH);
  });

  it('reads each placeholder once, however many stand among the findings', () => {
    const growth = stepsGrowth(engine, (size) => repeatToSize(['API_TOKEN=Zq7xT9vLp2zRk8Wn4yBq [GITHUB_PAT_1] [EMAIL_2]\n'], size));
    expect(growth).toBeLessThanOrEqual(MAX_STEPS_GROWTH);
  });
});
