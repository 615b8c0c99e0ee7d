import { scannerRule } from '../../define';
import { writtenDates } from './scan/dates';
import { labelled, labels } from './scan/label';

/**
 * Words that make a date a birth date. Dates alone are everywhere (logs, invoices, deadlines) and reveal
 * nothing; next to one of these they identify a person.
 */
const BIRTH_LABELS = labels([
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

export const dateOfBirth = scannerRule({
  id: 'date-of-birth',
  title: 'Date of birth',
  category: 'pii',
  severity: 'medium',
  confidence: 0.6,
  *scan(text) {
    for (const date of writtenDates(text)) {
      if (labelled(text, date.start, BIRTH_LABELS)) yield date;
    }
  },
});
