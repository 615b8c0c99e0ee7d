import { describe, expect, it } from 'vitest';
import { detect } from '../../../index';
import { BIRTH_ANCHORS, BIRTH_LABELS } from './date-of-birth';

describe('date-of-birth anchors', () => {
  it('every birth label holds one of the anchors, so the rule runs on every text that holds a label', () => {
    const unanchored = BIRTH_LABELS.keywords.filter((keyword) => !BIRTH_ANCHORS.some((anchor) => keyword.replace(/\*$/, '').includes(anchor)));
    expect(unanchored).toEqual([]);
  });

  it('finds a birth date under each spelling of a label, and none without one', () => {
    for (const label of ['DOB', 'D.O.B.', 'd/o/b', 'D_O_B', 'dob', 'Date of Birth', 'Geburtsdatum', 'Né le', 'Дата рождения']) {
      expect(
        detect(`${label}: 14.03.1985`).map((finding) => finding.type),
        label,
      ).toContain('date-of-birth');
    }
    expect(detect('shipped 14.03.1985, invoice 2024-03-14').map((finding) => finding.type)).not.toContain('date-of-birth');
  });
});
