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

  it('keeps the claims of each rule in its own run, in text order within each', () => {
    const claims = new SpanClaims();
    claims.claim(30, 42);
    claims.claim(50, 60);
    claims.claim(10, 20);
    expect(claims.claimed(10, 20)).toBe(true);
    expect(claims.claimed(30, 42)).toBe(true);
    expect(claims.claimed(50, 60)).toBe(true);
  });

  it('answers no to a question about an earlier start than the last one asked', () => {
    const claims = new SpanClaims();
    claims.claim(10, 20);
    claims.claim(30, 42);
    expect(claims.claimed(30, 42)).toBe(true);
    expect(claims.claimed(10, 20)).toBe(false);
  });

  it('drops claims that would need more runs than it keeps', () => {
    const claims = new SpanClaims();
    for (let start = 100; start >= 0; start -= 10) claims.claim(start, start + 5);
    expect(claims.claimed(100, 105)).toBe(true);
    expect(claims.claimed(70, 75)).toBe(true);
    expect(claims.claimed(60, 65)).toBe(false);
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
  it('is reported once, as the connection string, on every line and in every form', () => {
    const lines = [
      'Server=db1;Database=app;User Id=app;Password=Xk9!mQ2#vLp;',
      'jdbc:sqlserver://db2;user=app;password=Pq4%tY7*uIo;',
      'Server=db3;Database=app;User Id=app;Password=Rt5$wE8&zQn;',
    ];
    const text = lines.join('\n');
    const findings = detect(text);
    expect(findings.map((f) => f.type)).toEqual(['connection-string-ado', 'connection-string-jdbc', 'connection-string-ado']);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Xk9!mQ2#vLp', 'Pq4%tY7*uIo', 'Rt5$wE8&zQn']);
  });
});
