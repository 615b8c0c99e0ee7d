import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isBankAccountNumber } from './validate/bank-account';

/**
 * A bank account number: 8 to 17 digits with no public check, so only next to a label that names a bank
 * account (`Bank account:`, `checking account`, an `account_number` column), never after a bare `account`
 * (a cloud account's id is 12 digits too).
 */
export const bankAccountNumber = digitIdRule({
  id: 'bank-account-number',
  title: 'Bank account number',
  severity: 'high',
  shapes: [[8], [9], [10], [11], [12], [13], [14], [15], [16], [17]],
  separators: '',
  valid: isBankAccountNumber,
  labels: labels(
    [
      'bank account',
      'bank account number',
      'bank account no',
      'bank acct',
      'bank acct no',
      'account number',
      'account no',
      'acct no',
      'acct number',
      'acct#',
      'checking account',
      'checking account number',
      'checking acct',
      'savings account',
      'savings account number',
      'savings acct',
      'deposit account',
      'kontonummer',
      'numéro de compte',
      'número de cuenta',
      'numero di conto',
      'numero conto',
    ],
    ['account', 'acct', 'konto', 'compte', 'cuenta', 'conto'],
  ),
  needsLabel: true,
  confidence: { labelled: 0.7 },
});
