import { anchoredScannerRule } from '../../define';
import { writtenDates } from './scan/dates';
import { labelled, labels } from './scan/label';

/**
 * Words that make a date a birth date. Dates alone are everywhere (logs, invoices, deadlines) and reveal
 * nothing; next to one of these they identify a person.
 */
export const BIRTH_LABELS = labels([
  'date of birth',
  'birth date',
  'birthdate',
  'birthday',
  'dob',
  'd o b',
  'born',
  'born on',
  'date born',
  'geburtsdatum',
  'geboren',
  'geb',
  'date de naissance',
  'né le',
  'née le',
  'fecha de nacimiento',
  'nacido el',
  'nacida el',
  'data di nascita',
  'nato il',
  'nata il',
  'data de nascimento',
  'nascido em',
  'nascida em',
  'data urodzenia',
  'födelsedatum',
  'syntymäaika',
  'geboortedatum',
  '생년월일',
  '出生日期',
  '生年月日',
  '誕生日',
  'дата рождения',
  'родился',
  'родилась',
]);

/**
 * A word of every label above, as the engine's anchors (any case): a text holding none names no birth, and its
 * dates (every log line has one) are not read at all. `D.O.B.` is listed with the separators people put in it;
 * one spaced some other way (`D , O , B`) is not seen.
 */
export const BIRTH_ANCHORS = [
  'birth',
  'born',
  'dob',
  'd o b',
  'd.o.b',
  'd/o/b',
  'd_o_b',
  'd-o-b',
  'geb',
  'naissance',
  'né',
  'nacimiento',
  'nacid',
  'nascita',
  'nato',
  'nata',
  'nascid',
  'nascimento',
  'urodzenia',
  'födelsedatum',
  'syntymäaika',
  'geboortedatum',
  '생년월일',
  '出生日期',
  '生年月日',
  '誕生日',
  'рождения',
  'родил',
];

export const dateOfBirth = anchoredScannerRule({
  id: 'date-of-birth',
  title: 'Date of birth',
  category: 'pii',
  severity: 'medium',
  confidence: 0.6,
  anchors: BIRTH_ANCHORS,
  // A label may be the line above or a table's header: every date is read once any anchor is in the text.
  *scan(text) {
    for (const date of writtenDates(text)) {
      if (labelled(text, date.start, BIRTH_LABELS)) yield date;
    }
  },
});
