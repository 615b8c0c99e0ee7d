import { isDigits } from './weighted';

/**
 * A bank account number as US banks (and many others) print it: 8 to 17 digits, no check digit anyone
 * outside the bank can verify. Not one digit repeated, nor a run counting up or down (`12345678`): the
 * placeholders forms and docs show.
 */
export function isBankAccountNumber(digits: string): boolean {
  if (!isDigits(digits, 8, 17)) return false;
  let repeated = true;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (step !== 0) repeated = false;
    if (step !== 1 && step !== -9) up = false;
    if (step !== -1 && step !== 9) down = false;
  }
  return !repeated && !up && !down;
}
