import { scannerRule } from '../../define';
import { at, isDigit, isWord, lineBefore } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { isUsSsn } from './validate/ssn';

const SPACE = 32;
const DASH = 45;
const KEYWORDS = ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'ss no', 'taxpayer id', 'tin:'];

function hasKeyword(text: string, start: number): boolean {
  const window = lineBefore(text, start, 60);
  return KEYWORDS.some((k) => window.includes(k));
}

function cleanLeft(text: string, start: number): boolean {
  const prev = at(text, start - 1);
  if (isWord(prev) || prev === 46 || prev === 43 || prev === 47 || prev === DASH) return false;
  return !(prev === SPACE && isDigit(at(text, start - 2)));
}

function cleanRight(text: string, end: number): boolean {
  const next = at(text, end);
  if (isWord(next)) return false;
  return !((next === DASH || next === 46 || next === 47 || next === SPACE) && isDigit(at(text, end + 1)));
}

export const usSsn = scannerRule({
  id: 'us-ssn',
  title: 'US Social Security number',
  category: 'pii',
  severity: 'high',
  confidence: 0.8,
  *scan(text) {
    const runs = digitRuns(text);
    for (let r = 0; r < runs.count; r++) {
      const s = runs.starts[r]!;
      const e = runs.ends[r]!;
      if (e - s === 3) {
        const sep = at(text, e);
        if (sep !== DASH && sep !== SPACE) continue;
        const groupEnd = digitsEnd(text, e + 1);
        if (groupEnd - e - 1 !== 2 || at(text, groupEnd) !== sep) continue;
        const end = digitsEnd(text, groupEnd + 1);
        if (end - groupEnd - 1 !== 4) continue;
        if (!cleanLeft(text, s) || !cleanRight(text, end)) continue;
        if (!isUsSsn(text.slice(s, e) + text.slice(e + 1, groupEnd) + text.slice(groupEnd + 1, end))) continue;
        const keyword = hasKeyword(text, s);
        yield { start: s, end, confidence: sep === DASH ? (keyword ? 0.95 : 0.8) : keyword ? 0.9 : 0.6 };
      } else if (e - s === 9) {
        // Nine bare digits are an SSN only when the line says so.
        if (!cleanLeft(text, s) || !cleanRight(text, e) || !isUsSsn(text.slice(s, e)) || !hasKeyword(text, s)) continue;
        yield { start: s, end: e, confidence: 0.85 };
      }
    }
  },
});
