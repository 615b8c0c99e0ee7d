import { describe, expect, it } from 'vitest';
import { anchorsOf, hasKeyword, labelled, labelledAfter, labels, normalise } from './label';

const passport = labels(['passport', 'passport no', 'reisepass*'], ['passport', 'reisepass']);

function isLabelled(text: string, value: string): boolean {
  return labelled(text, text.indexOf(value), passport);
}

describe('normalise', () => {
  it('reads camelCase, snake_case, kebab-case and punctuation alike', () => {
    expect(normalise('dateOfBirth')).toBe('date of birth');
    expect(normalise('DATE_OF_BIRTH:')).toBe('date of birth');
    expect(normalise('  "Date-of-Birth" ')).toBe('date of birth');
    expect(normalise('SS#')).toBe('ss#');
    expect(normalise('Téléphone')).toBe('téléphone');
    expect(normalise('nhsNo2')).toBe('nhs no 2');
  });
  it('keeps the marks of a word: Devanagari and Thai vowel signs are no spaces', () => {
    expect(normalise('आधार नंबर:')).toBe('आधार नंबर');
    expect(normalise('เลขบัตรประชาชน')).toBe('เลขบัตรประชาชน');
  });
});

describe('hasKeyword', () => {
  it('matches whole words, or word starts for keywords ending in *', () => {
    expect(hasKeyword('my passport no is', passport)).toBe(true);
    expect(hasKeyword('passports', passport)).toBe(false);
    expect(hasKeyword('reisepassnummer', passport)).toBe(true);
    expect(hasKeyword('kein reise pass', passport)).toBe(false);
  });
  it('matches a Chinese or Japanese keyword inside a run, a Korean one at the start of a word', () => {
    const phone = labels(['phone', '手机', '電話', '전화']);
    expect(hasKeyword(normalise('我的手机号是'), phone)).toBe(true);
    expect(hasKeyword(normalise('携帯電話番号'), phone)).toBe(true);
    expect(hasKeyword(normalise('제 전화번호는'), phone)).toBe(true);
    expect(hasKeyword(normalise('무선전화'), phone)).toBe(false);
    expect(hasKeyword(normalise('我的邮箱是'), phone)).toBe(false);
  });
  it('keeps a prefilter for keywords outside ASCII, so a window without them is not read', () => {
    expect(labels(['phone', '手机', '전화']).prefilter).toEqual(['phone', '手机', '전화']);
    // A cased word outside ASCII may be capitalised or in capitals: its letters after the first, in either case.
    expect(labels(['phone', 'телефон']).prefilter).toEqual(['phone', 'елефон', 'ЕЛЕФОН']);
    expect(labels(['phone', 'd o b']).prefilter).toBeUndefined();
  });
});

describe('labels', () => {
  it('refuses keywords not in normal form or without an anchor, and anchors that are no ASCII word', () => {
    expect(() => labels(['Passport'], ['passport'])).toThrow(/normal form/);
    expect(() => labels(['passport'], ['visa'])).toThrow(/none of the anchors/);
    expect(() => labels(['téléphone'], ['tél'])).toThrow(/ASCII/);
  });
  it('takes an anchor of a script without case, and refuses one of a script with case outside ASCII', () => {
    expect(labels(['आधार नंबर'], ['आधार']).anchors).toEqual(['आधार']);
    expect(() => labels(['пароль'], ['Пароль'])).toThrow(/without case/);
    expect(() => labels(['пароль'], ['пароль'])).toThrow(/without case/);
  });
  it('checks no anchors when given none', () => {
    expect(labels(['주민등록번호']).keywords).toEqual(['주민등록번호']);
    expect(() => anchorsOf(labels(['ssn']))).toThrow(/no anchors/);
  });
});

describe('labelled', () => {
  it('accepts a label just before the value on its line', () => {
    expect(isLabelled('Passport: X1234567', 'X1234567')).toBe(true);
    expect(isLabelled('{"passport_no": "X1234567"}', 'X1234567')).toBe(true);
    expect(isLabelled('my passportNo is X1234567.', 'X1234567')).toBe(true);
    expect(isLabelled('{"passport_no_2": "X1234567"}', 'X1234567')).toBe(true);
    expect(isLabelled('passport2 = X1234567', 'X1234567')).toBe(true);
  });
  it('refuses a label with another number between it and the value, or too far before it', () => {
    expect(isLabelled('passport no. 2: X1234567', 'X1234567')).toBe(false);
    expect(isLabelled(`passport ${'and so on '.repeat(6)}X1234567`, 'X1234567')).toBe(false);
    expect(isLabelled('passports of 2024 and order X1234567', 'X1234567')).toBe(false);
    expect(isLabelled('passport pending; order X1234567', 'X1234567')).toBe(false);
    expect(isLabelled('No passport. Order X1234567', 'X1234567')).toBe(false);
    expect(isLabelled('Passport no. X1234567', 'X1234567')).toBe(true);
  });
  it('does not read the tail of a word cut by the window as a label', () => {
    expect(isLabelled(`xpassport${' '.repeat(44)}X1234567`, 'X1234567')).toBe(false);
  });
  it('accepts a short label line right above the value', () => {
    expect(isLabelled('Passport number:\n  X1234567\n', 'X1234567')).toBe(true);
    expect(isLabelled('Passport number:\nref X1234567\n', 'X1234567')).toBe(false);
  });
  it('accepts a column header', () => {
    expect(isLabelled('name,passport_no\nAnn,X1234567\n', 'X1234567')).toBe(true);
    expect(isLabelled('name,order\nAnn,X1234567\n', 'X1234567')).toBe(false);
    expect(isLabelled('kind,number\npassport,X1234567\n', 'X1234567')).toBe(true);
  });
  it('answers for each text on its own, whichever sets ask about its values and in whatever order', () => {
    const ssn = labels(['ssn'], ['ssn']);
    const first = 'passport X1234567; ssn X7654321';
    const second = 'ssn      X1234567; passport X7654321';
    for (let round = 0; round < 2; round++) {
      expect(labelled(first, 9, passport)).toBe(true);
      expect(labelled(first, 9, ssn)).toBe(false);
      expect(labelled(first, first.indexOf('X765'), ssn)).toBe(true);
      expect(labelled(first, first.indexOf('X765'), passport)).toBe(false);
      expect(labelled(second, 9, ssn)).toBe(true);
      expect(labelled(second, second.indexOf('X765'), passport)).toBe(true);
      expect(labelled(second, 9, passport)).toBe(false);
    }
  });
  it('reads the header cell, not the whole header line, for the first cell of a row', () => {
    expect(isLabelled('ref,passport\nX1234567,Y7654321\n', 'X1234567')).toBe(false);
    expect(isLabelled('ref,passport\nX1234567,Y7654321\n', 'Y7654321')).toBe(true);
    expect(isLabelled('passport,name\nX1234567,Ann\n', 'X1234567')).toBe(true);
    // A form label above a value that is no table row still counts, commas or not.
    expect(isLabelled('Passport, please:\nX1234567\n', 'X1234567')).toBe(true);
  });
});

describe('labelledAfter', () => {
  const after = (text: string, value: string): boolean => labelledAfter(text, text.indexOf(value) + value.length, passport);
  it('reads a label a bracket or a verb and a possessive puts after the value', () => {
    expect(after('X1234567 (passport) on file', 'X1234567')).toBe(true);
    expect(after('X1234567 is my passport no.', 'X1234567')).toBe(true);
    expect(after('X1234567 ist mein Reisepass', 'X1234567')).toBe(true);
  });
  it("takes no label that merely follows, nor one that holds the next value, nor one past the sentence's end", () => {
    expect(after('X1234567 and passport Y7654321', 'X1234567')).toBe(false);
    expect(after('X1234567 (see passport Y7654321)', 'X1234567')).toBe(false);
    expect(after('X1234567 is my order. passport', 'X1234567')).toBe(false);
    expect(after('X1234567 is my booking reference for the flight with the passport', 'X1234567')).toBe(false);
  });
});
