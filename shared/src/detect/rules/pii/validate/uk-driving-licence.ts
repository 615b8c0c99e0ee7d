import { isCalendarDate } from './date';

/** A year with a 29 February: the number holds only the birth year's last two digits, not its century. */
const ANY_LEAP_YEAR = 2000;
/** Women's birth months are written 50 higher. */
const WOMEN_MONTH_OFFSET = 50;

/**
 * UK (GB) driving licence number, upper case (`MORGA657054SM9IJ`): five letters of the surname padded with 9s,
 * the birth date as decade digit, month (plus 50 for women), day and year digit, two initials (9 for none),
 * a digit that tells apart holders alike so far, and two check characters. The DVLA publishes no algorithm for
 * those, so the birth date is the only check.
 */
export function isUkDrivingLicence(value: string): boolean {
  if (value.length !== 16 || !/^[A-Z]+9*$/.test(value.slice(0, 5)) || !/^\d{6}[A-Z][A-Z9]\d[A-Z]{2}$/.test(value.slice(5))) return false;
  const month = Number(value.slice(6, 8));
  return isCalendarDate(ANY_LEAP_YEAR, month > WOMEN_MONTH_OFFSET ? month - WOMEN_MONTH_OFFSET : month, Number(value.slice(8, 10)));
}
