import { describe, expect, it } from 'vitest';
import { isPlainPassword } from './plain-password';

describe('isPlainPassword', () => {
  it('takes the plain passwords people choose', () => {
    for (const value of ['lanternfish', 'quokkabridge', 'pelic4n', 'marmalade42', 'tangerine!', 'Sunflower-7']) expect(isPlainPassword(value), value).toBe(true);
  });

  it('leaves out what stands where a password goes but is none', () => {
    for (const value of [
      // too short or too long, blanks, non-ASCII
      'short',
      'x'.repeat(65),
      'open sesame',
      'contraseña',
      // dummies, references, templates, names for one
      'changeme',
      'password123',
      'mysecret1',
      '${DB_PASSWORD}',
      '%DB_PASS%',
      '<your-password>',
      '{{ .Values.pw }}',
      // labels, constants, identifiers, kinds
      'Passwort',
      'wachtwoord',
      'parola',
      'salasana',
      'PASSWORD_FIELD',
      'currentValue',
      'smtp_user',
      'db-credentials',
      'required',
      'function',
      'bcrypt',
      'keyring',
      'expired',
      'rotated',
      'varchar',
      'kerberos',
      // digits alone, a run of a few characters, paths, hosts, URLs
      '12345678',
      'aaaaaaaa',
      'ababab',
      './keys/dev.pem',
      'db.internal.acme.io',
      'https://x.io',
    ])
      expect(isPlainPassword(value), value).toBe(false);
  });
});
