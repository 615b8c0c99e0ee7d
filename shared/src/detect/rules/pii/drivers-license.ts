import { anchoredScannerRule } from '../../define';
import { forEachLabelledIdToken } from './scan/id-token-memo';
import { anchorsOf, labelled, labels } from './scan/label';
import { LabelRegions } from './scan/label-regions';

const LICENSE_LABELS = labels(
  [
    'driver s license',
    'driver s licence',
    'drivers license',
    'drivers licence',
    'driver license',
    'driver licence',
    'driving license',
    'driving licence',
    'driver license number',
    'dl',
    'dl#',
    'dl no',
    'dl number',
    'führerschein*',
    'fuhrerschein*',
    'permis de conduire',
    'licencia de conducir',
    'carnet de conducir',
    'patente di guida',
  ],
  // `permis` would match every `permission`; `dl` is common too (handle, middle) but is how forms abbreviate.
  ['driver', 'driving', 'dl', 'hrerschein', 'conduire', 'conducir', 'guida'],
);

/**
 * Licence numbers vary by state and country (`A1234567`, `D123-4567-8901`, the UK's 16-character
 * `MORGA657054SM9IJ`) and none has a public checksum: 5 to 18 upper-case letters and digits, at least 4
 * digits, right after a driver's licence label.
 */
export const driversLicense = anchoredScannerRule({
  id: 'drivers-license',
  title: "Driver's licence number",
  category: 'pii',
  severity: 'high',
  confidence: 0.6,
  anchors: anchorsOf(LICENSE_LABELS),
  scan(text, anchorStarts) {
    const hits: Array<{ start: number; end: number }> = [];
    forEachLabelledIdToken(text, 5, 18, true, new LabelRegions(text, anchorStarts, LICENSE_LABELS), (token) => {
      if (token.end - token.start - token.dashes < 5 || token.digits < 4) return;
      if (labelled(text, token.start, LICENSE_LABELS)) hits.push({ start: token.start, end: token.end });
    });
    return hits;
  },
});
