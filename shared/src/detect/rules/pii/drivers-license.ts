import { labels } from './scan/label';
import { labelledTokenRule } from './scan/labelled-token-rule';

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
    'rijbewijs*',
    '驾驶证',
    '駕駛執照',
    '運転免許',
    '운전면허',
  ],
  // `permis` would match every `permission`; `dl` is common too (handle, middle) but is how forms abbreviate.
  ['driver', 'driving', 'dl', 'hrerschein', 'conduire', 'conducir', 'guida', 'rijbewijs', '驾驶证', '駕駛執照', '運転免許', '운전면허'],
);

/**
 * Licence numbers vary by state and country (`A1234567`, `D123-4567-8901`, the UK's 16-character
 * `MORGA657054SM9IJ`) and none has a public checksum: 5 to 18 upper-case letters and digits, at least 4
 * digits, right after a driver's licence label.
 */
export const driversLicense = labelledTokenRule({
  id: 'drivers-license',
  title: "Driver's licence number",
  severity: 'high',
  confidence: 0.6,
  labels: LICENSE_LABELS,
  minLength: 5,
  maxLength: 18,
  dashes: true,
  accept: (_text, token) => token.end - token.start - token.dashes >= 5 && token.digits >= 4,
});
