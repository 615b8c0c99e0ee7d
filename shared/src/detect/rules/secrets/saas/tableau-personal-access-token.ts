import { anchoredScannerRule } from '../../../define';
import { tokenAroundSignature, type SignedTokenShape } from '../signed-token';
import { isAlphanumeric, isBase64Char } from '../token-chars';

/** 22 base64 characters, `==:`, 32 letters and digits. */
const SHAPE: SignedTokenShape = {
  signature: '==:',
  before: 22,
  beforeChar: isBase64Char,
  after: 32,
  afterChar: isAlphanumeric,
  joinsBefore: isBase64Char,
  joinsAfter: isAlphanumeric,
};

/**
 * A Tableau personal access token's secret: base64 of 16 bytes (22 characters and `==`), a colon, and 32
 * letters and digits (`YMqN…Cw==:KTam…5aJ3`), which Tableau shows once and `tabcmd`/REST sign-ins take with the
 * token's name. Anchored on the `==:` between the halves; both must have exactly their length.
 */
export const tableauPersonalAccessToken = anchoredScannerRule({
  id: 'tableau-personal-access-token',
  anchors: ['==:'],
  title: 'Tableau personal access token secret',
  severity: 'critical',
  confidence: 0.9,
  requires: { digit: true, lower: true, upper: true },
  *scan(text, anchorStarts) {
    for (let k = 0; k < anchorStarts.length; k++) {
      const token = tokenAroundSignature(text, anchorStarts[k]!, SHAPE);
      if (token !== undefined) yield token;
    }
  },
});
