import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../engine';
import { caSin } from '../ca-sin';
import { driversLicense } from '../drivers-license';
import { passportNumber } from '../passport-number';
import { ukNhsNumber } from '../uk-nhs-number';

const engine = createEngine([passportNumber, driversLicense]);
const found = (text: string): string[] => engine.detect(text).map((finding) => `${finding.type} ${text.slice(finding.start, finding.end)}`);

const filler = (lines: number): string => Array.from({ length: lines }, (_, i) => `Line ${i} of notes about the trip, nothing in it.`).join('\n');

/** Rules that need a label read only near where its words occur: a value far from any is never looked at. */
describe('labelled document numbers, read only where a label can reach', () => {
  it('finds a value in the last row of a long table whose header names the column', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Person ${i},x${i}@example.org,none`);
    const text = `${filler(20)}\n\nname,email,passport\n${rows.join('\n')}\nLast Person,last@example.org,K4729164\n`;
    expect(found(text)).toEqual(['passport-number K4729164']);
  });

  it('finds a value in a later tuple of a multi-row insert that names its column', () => {
    const tuples = Array.from({ length: 30 }, (_, i) => `  ('Person ${i}', 'none')`);
    const text = `INSERT INTO people (name, drivers_license) VALUES\n${tuples.join(',\n')},\n  ('Last Person', 'D1234-5678-9012');`;
    expect(found(text)).toEqual(['drivers-license D1234-5678-9012']);
  });

  it('finds a value on the line below its label and next to it, and none far from any label', () => {
    const text = `Passport number:\n  C01X00T47\n${filler(40)}\nDL: A7654321 and later ${filler(5)} B7654321\n`;
    expect(found(text)).toEqual(['passport-number C01X00T47', 'drivers-license A7654321']);
  });
});

/**
 * A label's words inside longer words (`sin` of `using`, `health` of `unhealthy`) make no region: the normal form
 * keeps them in one word, so they name nothing. Spellings where a label word starts at a case change or after a
 * symbol still do.
 */
describe('label words glued to letters before them', () => {
  const numbers = createEngine([caSin, ukNhsNumber]);
  const foundNumbers = (text: string): string[] => numbers.detect(text).map((finding) => `${finding.type} ${text.slice(finding.start, finding.end)}`);

  it('finds numbers whose label starts a word of an identifier or follows a symbol', () => {
    expect(foundNumbers('mySin: 046 454 286')).toEqual(['ca-sin 046 454 286']);
    expect(foundNumbers('customer.SIN=046 454 286')).toEqual(['ca-sin 046 454 286']);
    expect(foundNumbers('patient_nhs 943 476 5919')).toEqual(['uk-nhs-number 943 476 5919']);
    expect(foundNumbers('2nhs: 943 476 5919')).toEqual(['uk-nhs-number 943 476 5919']);
  });

  it('finds none where the label words are only the tail of other words', () => {
    expect(foundNumbers('using 046 454 286')).toEqual([]);
    expect(foundNumbers('unhealthy count 943 476 5919')).toEqual([]);
    expect(foundNumbers('XSIN 046 454 286')).toEqual([]);
  });
});
