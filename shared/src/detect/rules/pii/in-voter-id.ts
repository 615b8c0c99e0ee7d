import { labels } from './scan/label';
import { labelledTokenRule } from './scan/labelled-token-rule';

const VOTER_LABELS = labels(
  [
    'voter id',
    'voter id number',
    'voter id card',
    'voter card',
    'voters id',
    'epic number',
    'epic no',
    'epic card',
    'electoral photo identity card',
    'elector photo identity card',
  ],
  ['voter', 'epic', 'elector'],
);

/**
 * India's voter ID (EPIC): three capital letters and seven digits (`ABC1234567`), with no public check: a
 * product code looks the same, so only right after a voter ID label.
 */
export const inVoterId = labelledTokenRule({
  id: 'in-voter-id',
  title: 'Indian voter ID (EPIC) number',
  severity: 'medium',
  confidence: 0.7,
  labels: VOTER_LABELS,
  minLength: 10,
  maxLength: 10,
  dashes: false,
  accept: (text, token) => token.digits === 7 && isEpicShaped(text, token.start),
});

/** Three capital letters, then the seven digits the token is known to hold. */
function isEpicShaped(text: string, start: number): boolean {
  for (let i = start; i < start + 3; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
