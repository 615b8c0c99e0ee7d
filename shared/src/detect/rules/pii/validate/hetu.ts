import { isCalendarDate } from './date';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** Century signs: `+` 1800s; `-` and Y, X, W, V, U 1900s; A and B, C, D, E, F 2000s (the letters since 2023). */
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * Finnish personal identity code (henkilötunnus) `DDMMYYCZZZQ`, upper case: a birth date, a century sign,
 * an individual number 002–899 (900–999 are temporary), and a check character: the nine digits as one
 * number modulo 31, read in `0123456789ABCDEFHJKLMNPRSTUVWXY`.
 */
export function isFinnishHetu(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value);
  if (match === null) return false;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  if (!isCalendarDate(CENTURY[sign]! + Number(yy), Number(mm), Number(dd))) return false;
  if (Number(individual) < 2) return false;
  return CHECK[Number(dd + mm + yy + individual) % 31] === check;
}
