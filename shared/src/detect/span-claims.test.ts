import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { SpanClaims } from './span-claims';

describe('SpanClaims', () => {
  it('answers yes only for the exact span claimed', () => {
    const claims = new SpanClaims();
    claims.claim(10, 20);
    claims.claim(30, 42);
    expect(claims.claimed(10, 20)).toBe(true);
    expect(claims.claimed(30, 41)).toBe(false);
    expect(claims.claimed(30, 42)).toBe(true);
    expect(claims.claimed(50, 60)).toBe(false);
  });

  it('answers no to a question about an earlier start and to claims made out of order', () => {
    const claims = new SpanClaims();
    claims.claim(30, 42);
    claims.claim(10, 20);
    expect(claims.claimed(30, 42)).toBe(true);
    expect(claims.claimed(10, 20)).toBe(false);
  });

  it('forgets every claim when cleared', () => {
    const claims = new SpanClaims();
    for (let start = 0; start < 1000; start += 10) claims.claim(start, start + 5);
    expect(claims.claimed(500, 505)).toBe(true);
    claims.clear();
    expect(claims.claimed(500, 505)).toBe(false);
  });
});

describe('a connection-string password that is also a password assignment', () => {
  it('is reported once, as the connection string, on every line', () => {
    const lines = ['Server=db1;Database=app;User Id=app;Password=Xk9!mQ2#vLp;', 'Server=db2;Database=app;User Id=app;Password=Rt5$wE8&zQn;'];
    const findings = detect(lines.join('\n'));
    expect(findings.map((f) => f.type)).toEqual(['connection-string-ado', 'connection-string-ado']);
    const text = lines.join('\n');
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Xk9!mQ2#vLp', 'Rt5$wE8&zQn']);
  });
});
