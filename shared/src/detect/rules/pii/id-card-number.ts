import { labels } from './scan/label';
import { labelledTokenRule } from './scan/labelled-token-rule';
import { germanDocumentNumber } from './scan/german-document';

const ID_CARD_LABELS = labels(
  [
    'identity card',
    'identity card number',
    'identity card no',
    'id card',
    'id card number',
    'id card no',
    'national id card',
    'personalausweis*',
    'ausweis',
    'ausweisnummer',
    'carta d identità',
    'carta di identità',
    'carta d identita',
    'carta di identita',
    'carte d identité',
    'carte nationale d identité',
    'carte d identite',
    'dowód osobisty',
    'dowod osobisty',
    'cédula de identidad',
    'cedula de identidad',
    'cédula',
    'cedula',
    'cartão de cidadão',
    'cartao de cidadao',
  ],
  // Not `id`: it is inside every other word of code (`valid`, `width`); every `id` label here has `card` too.
  ['identit', 'card', 'ausweis', 'osobisty', 'dula', 'cidad'],
);

/**
 * National identity card numbers differ by country (Germany's `L01X00T47`, Italy's `CA00000AA`, Poland's
 * `ABC123456`, France's twelve digits) and few have a public checksum: 6 to 12 upper-case letters and digits,
 * at least 3 of them digits, right after an identity card label.
 */
export const idCardNumber = labelledTokenRule({
  id: 'id-card-number',
  title: 'Identity card number',
  severity: 'high',
  confidence: 0.6,
  labels: ID_CARD_LABELS,
  minLength: 6,
  maxLength: 12,
  dashes: false,
  accept: (text, token) => token.digits >= 3 || germanDocumentNumber(text, token.start, token.end, token.digits),
});
