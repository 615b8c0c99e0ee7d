import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { LINEARITY_SIZES, MAX_STEPS_GROWTH, repeatToSize, stepsGrowth } from '../../work-meter';
import { builtinRules } from '..';

/**
 * The shared linearity test covers every rule on generic adversarial inputs; these are the inputs that hit
 * what the personal-data rules do beyond it: label windows, CSV header lookups, grouped digits, ID-shaped
 * tokens, dates and IBAN-shaped group runs, each repeated so that every hit restarts a scan. Work is counted
 * (characters read), not timed.
 */
function csv(size: number, oneLine: boolean): string {
  const header = 'name,ssn,phone,passport,dob,aadhaar,nhs_number,tfn,sin,routing\n';
  const row = 'Ann Lee,536-22-4187,347 123 4567,X1234567,12/04/1980,2345 6789 0124,943 476 5919,123 456 782,130 692 544,021000021';
  return header + repeatToSize([row, oneLine ? ',' : '\n'], size - header.length);
}

const inputs: Array<{ name: string; make: (size: number) => string }> = [
  {
    name: 'labelled values repeated',
    make: (n) =>
      repeatToSize(
        [
          'SSN: 536-22-4187 ',
          'NINO AB123456C ',
          'passport X1234567 ',
          'dob 1980-04-12 ',
          'tel 347 123 4567 ',
          'PAN ABCPE1234F ',
          'Medicare 5148 85861 1 ',
          'DEA GL3844455 ',
          'P.IVA 89068180622 ',
          'ACN 202 954 756 ',
        ],
        n,
      ),
  },
  { name: 'CSV with labelled columns', make: (n) => csv(n, false) },
  { name: 'CSV row that never ends', make: (n) => csv(n, true) },
  {
    name: 'label words without values',
    make: (n) => repeatToSize(["passport driver's licence dob nhs sin tfn aadhaar medicare dea acn vat voter epic id card ", 'phone: ', 'date of birth:\n'], n),
  },
  { name: 'digit groups', make: (n) => repeatToSize(['1234 5678 9012 ', '123 456 782 ', '12 345 678 ', '0151 '], n) },
  { name: 'ID-token run after a label', make: (n) => 'passport ' + repeatToSize(['A1B2C3D4E5', 'F6G7H8'], n - 9) },
  { name: 'dates', make: (n) => repeatToSize(['born 12/04/1980 ', 'April 12, 1980 ', '1.2.1980.', '3/7/85/'], n) },
  { name: 'IBAN-shaped groups', make: (n) => repeatToSize(['GB47 NWBK 0294 7961 9925 18 ', 'AB12 ', 'CD34-', '5678 '], n) },
  {
    name: 'SQL insert with many rows',
    make: (n) =>
      'INSERT INTO people (name, ssn, passport, dob) VALUES\n' +
      repeatToSize(["('Ann, Lee', '536-22-4187', 'X1234567', '1980-04-12'),", "('Bo', '671.08.2953', 'C01X00T47', '3/7/85'),\n"], n - 56),
  },
  { name: 'one-letter-apart IDs', make: (n) => repeatToSize(['S1234567D', 'RSSMRA85T10A562S', '131052-308T', '12345678Z'], n) },
];

const engine = createEngine(builtinRules);

describe('personal-data rules do work linear in the text', () => {
  for (const input of inputs) {
    it(`counts steps per character at ${LINEARITY_SIZES.large / 1024} KB within ${MAX_STEPS_GROWTH}x of ${LINEARITY_SIZES.small / 1024} KB: ${input.name}`, () => {
      expect(stepsGrowth(engine, input.make)).toBeLessThanOrEqual(MAX_STEPS_GROWTH);
    });
  }
});
