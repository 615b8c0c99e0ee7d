import { describe, expect, it } from 'vitest';
import { colonClusters, trimCluster } from './colons';
import { digitRuns, digitsEnd } from './digits';
import { continuesIban } from './iban-shape';

function runs(text: string): string[] {
  const r = digitRuns(text);
  return Array.from({ length: r.count }, (_, i) => text.slice(r.starts[i], r.ends[i]));
}

describe('digitRuns', () => {
  it('lists runs of two or more digits and single digits before `.`, `-` or `/`', () => {
    expect(runs('a 1 b 22 c 8.8.8.8 1-800 x9')).toEqual(['22', '8', '8', '8', '1', '800']);
    expect(runs('born 3/7/85, [0, 1]')).toEqual(['3', '7', '85']);
    expect(runs('')).toEqual([]);
  });
  it('caches per text and grows past its initial capacity', () => {
    const text = Array.from({ length: 500 }, (_, i) => String(i + 10)).join(' ');
    expect(digitRuns(text)).toBe(digitRuns(text));
    expect(digitRuns(text).count).toBe(500);
  });
  it('digitsEnd stops at the first non-digit', () => {
    expect(digitsEnd('ab123c', 2)).toBe(5);
    expect(digitsEnd('ab123c', 0)).toBe(0);
  });
});

describe('colonClusters', () => {
  it('finds hex/colon runs with at least two colons', () => {
    const text = 'key: value, ip 2001:db8::1 and 12:30 and std::x';
    const c = colonClusters(text);
    const found = Array.from({ length: c.count }, (_, i) => text.slice(c.starts[i], c.ends[i]));
    expect(found).toContain('2001:db8::1');
    expect(found).not.toContain('12:30');
  });
  it('trims single colons and dots at the ends but keeps `::`', () => {
    const text = ':fe80::1.';
    expect(trimCluster(text, 0, text.length)).toEqual({ start: 1, end: 8 });
    const open = '2001:db8::';
    expect(trimCluster(open, 0, open.length)).toEqual({ start: 0, end: open.length });
  });
});

describe('continuesIban', () => {
  it('sees digits that follow the groups of a printed IBAN', () => {
    const text = 'IBAN GB47 NWBK 0294 7961 9925 18 and de89-3704-0044';
    expect(continuesIban(text, text.indexOf('0294'))).toBe(true);
    expect(continuesIban(text, text.indexOf('9925'))).toBe(true);
    expect(continuesIban(text, text.indexOf('3704'))).toBe(true);
  });
  it('leaves numbers after words, longer tokens or too many groups alone', () => {
    const text = 'Office 020 7946 0958, ref AB12345 0294 7961, XX12 1234 1234 1234 1234 1234 1234 1234 1234 0151 1234';
    expect(continuesIban(text, text.indexOf('020'))).toBe(false);
    expect(continuesIban(text, text.indexOf('0294'))).toBe(false);
    expect(continuesIban(text, text.indexOf('0151'))).toBe(false);
  });
});
