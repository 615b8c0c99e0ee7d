import { anchoredScannerRule } from '../../define';
import { forEachLabelledIdToken } from './scan/id-token-memo';
import { anchorsOf, labelled, labels } from './scan/label';
import { LabelRegions } from './scan/label-regions';
import { isDeaNumber } from './validate/dea';

const DEA_LABELS = labels(['dea', 'dea number', 'dea no', 'dea#', 'dea registration', 'dea registration number', 'dea license', 'dea licence'], ['dea']);

/**
 * A prescriber's DEA registration number (`AB1234563`: the registrant's type, a name letter, seven digits ending
 * in a check digit that 1 in 10 numbers pass), right after a DEA label. It identifies the practitioner.
 */
export const usDea = anchoredScannerRule({
  id: 'us-dea',
  title: 'US DEA registration number',
  category: 'pii',
  severity: 'medium',
  confidence: 0.8,
  anchors: anchorsOf(DEA_LABELS),
  scan(text, anchorStarts) {
    const hits: Array<{ start: number; end: number }> = [];
    forEachLabelledIdToken(text, 9, 9, false, new LabelRegions(text, anchorStarts, DEA_LABELS), (token) => {
      if (token.digits !== 7 || !isDeaNumber(text.slice(token.start, token.end))) return;
      if (labelled(text, token.start, DEA_LABELS)) hits.push({ start: token.start, end: token.end });
    });
    return hits;
  },
});
