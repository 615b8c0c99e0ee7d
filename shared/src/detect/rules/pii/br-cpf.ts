import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isCpf } from './validate/cpf';

const CPF_LABELS = labels(['cpf', 'numero do cpf', 'número do cpf', 'cadastro de pessoas fisicas', 'cadastro de pessoas físicas']);

/** Groups of the printed CPF, `123.456.789-09`, and the character before each group after the first. */
const GROUPS = [3, 3, 3, 2];
const JOINS = [46, 46, 45];

/**
 * Where the printed CPF starting with the run `r` ends (`ddd.ddd.ddd-dd`), or -1. Each run is looked at once
 * as a start, and reads at most the three runs after it.
 */
function printedEnd(text: string, starts: Int32Array, ends: Int32Array, count: number, r: number): number {
  for (let g = 0; g < GROUPS.length; g++) {
    if (r + g >= count || ends[r + g]! - starts[r + g]! !== GROUPS[g]) return -1;
    if (g > 0 && (starts[r + g] !== ends[r + g - 1]! + 1 || text.charCodeAt(starts[r + g]! - 1) !== JOINS[g - 1])) return -1;
  }
  return ends[r + 3]!;
}

/**
 * Brazil's CPF: printed `123.456.789-09` it counts on its shape and check digits (2 in 100 random numbers pass
 * them); as eleven bare digits, next to a label (`CPF: 12345678909`).
 */
export const brCpf = scannerRule({
  id: 'br-cpf',
  title: 'Brazilian CPF number',
  category: 'pii',
  severity: 'high',
  confidence: 0.85,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const prev = at(text, s - 1);
      if (isWord(prev) || prev === 46 || prev === 45) continue;
      const bare = runEnds[r]! - s === 11;
      const end = bare ? runEnds[r]! : printedEnd(text, runStarts, runEnds, runCount, r);
      if (end < 0 || isWord(at(text, end)) || (at(text, end) === 46 && isDigit(at(text, end + 1))) || at(text, end) === 45) continue;
      const digits = bare ? text.slice(s, end) : text.slice(s, end).replace(/[.-]/g, '');
      if (!isCpf(digits)) continue;
      const isLabelled = labelled(text, s, CPF_LABELS);
      if (bare && !isLabelled) continue;
      yield { start: s, end, confidence: isLabelled ? 0.95 : 0.85 };
    }
  },
});
