import { anchoredScannerRule } from '../../define';
import { forEachLabelledIdToken } from './scan/id-token-memo';
import { anchorsOf, labelled, labels } from './scan/label';
import { LabelRegions } from './scan/label-regions';

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
export const inVoterId = anchoredScannerRule({
  id: 'in-voter-id',
  title: 'Indian voter ID (EPIC) number',
  category: 'pii',
  severity: 'medium',
  confidence: 0.7,
  anchors: anchorsOf(VOTER_LABELS),
  scan(text, anchorStarts) {
    const hits: Array<{ start: number; end: number }> = [];
    forEachLabelledIdToken(text, 10, 10, false, new LabelRegions(text, anchorStarts, VOTER_LABELS), (token) => {
      if (token.digits !== 7 || !isEpicShaped(text, token.start)) return;
      if (labelled(text, token.start, VOTER_LABELS)) hits.push({ start: token.start, end: token.end });
    });
    return hits;
  },
});

/** Three capital letters, then the seven digits the token is known to hold. */
function isEpicShaped(text: string, start: number): boolean {
  for (let i = start; i < start + 3; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
