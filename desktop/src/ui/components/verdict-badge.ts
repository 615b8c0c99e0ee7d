import { h } from '../dom';
import type { Verdict } from '../types';

const LABELS: Record<Verdict, string> = { allow: 'Allowed', redact: 'Redacted', warn: 'Warned', hold: 'Held', block: 'Blocked' };

export function verdictLabel(verdict: Verdict): string {
  return LABELS[verdict] ?? verdict;
}

/** The verdict as a coloured pill; the colour is the same everywhere (tiles, lists, timeline). */
export function verdictBadge(verdict: Verdict): HTMLSpanElement {
  return h('span', { class: `badge verdict-${verdict}`, 'data-verdict': verdict }, verdictLabel(verdict));
}
