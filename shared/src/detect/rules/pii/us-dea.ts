import { labels } from './scan/label';
import { labelledTokenRule } from './scan/labelled-token-rule';
import { isDeaNumber } from './validate/dea';

const DEA_LABELS = labels(['dea', 'dea number', 'dea no', 'dea#', 'dea registration', 'dea registration number', 'dea license', 'dea licence'], ['dea']);

/**
 * A prescriber's DEA registration number (`AB1234563`: the registrant's type, a name letter, seven digits ending
 * in a check digit that 1 in 10 numbers pass), right after a DEA label. It identifies the practitioner.
 */
export const usDea = labelledTokenRule({
  id: 'us-dea',
  title: 'US DEA registration number',
  severity: 'medium',
  confidence: 0.8,
  labels: DEA_LABELS,
  minLength: 9,
  maxLength: 9,
  dashes: false,
  accept: (text, token) => token.digits === 7 && isDeaNumber(text.slice(token.start, token.end)),
});
