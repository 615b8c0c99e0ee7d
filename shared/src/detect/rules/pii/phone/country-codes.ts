/** ITU-T E.164 country codes of one and two digits (the zones 1 and 7, and the assigned two-digit codes). */
const TWO_DIGIT = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

/** First two digits of the three-digit country codes (`212` Morocco, `353` Ireland, `971` UAE...). */
const THREE_DIGIT_HEADS = new Set(['21', '22', '23', '24', '25', '26', '29', '35', '37', '38', '42', '50', '59', '67', '68', '69', '85', '87', '88', '96', '97', '99']);

/** Length of the country code that `digits` starts with, or 0 when no code starts it. */
export function countryCodeLength(digits: string): number {
  const first = digits[0];
  if (first === '1' || first === '7') return 1;
  const two = digits.slice(0, 2);
  if (TWO_DIGIT.has(two)) return 2;
  return THREE_DIGIT_HEADS.has(two) && digits.length >= 3 ? 3 : 0;
}
