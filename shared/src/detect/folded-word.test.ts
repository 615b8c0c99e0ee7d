import { describe, expect, it } from 'vitest';
import { folded, foldedAt, startsWithFolded } from './folded-word';

describe('foldedAt', () => {
  it('finds a word in any case, in place', () => {
    const word = folded('contraseña');
    expect(foldedAt('la CONTRASEÑA: x', 3, word)).toBe(true);
    expect(foldedAt('la Contraseña: x', 3, word)).toBe(true);
    expect(foldedAt('la contrasena: x', 3, word)).toBe(false);
    expect(foldedAt('ПАРОЛЬ', 0, folded('пароль'))).toBe(true);
  });

  it('stops at the end of the text, and takes a character whose other case is longer only as written', () => {
    expect(foldedAt('contra', 0, folded('contraseña'))).toBe(false);
    expect(foldedAt('straße', 0, folded('straße'))).toBe(true);
    expect(foldedAt('STRASSE', 0, folded('straße'))).toBe(false);
  });
});

describe('startsWithFolded', () => {
  it('folds capital letters only, so punctuation matches itself', () => {
    expect(startsWithFolded('x WPA_PASSPHRASE y', 2, 'wpa_passphrase')).toBe(true);
    expect(startsWithFolded('Mosquitto_Passwd', 0, 'mosquitto_passwd')).toBe(true);
    // `_ | 32` is DEL, and a carriage return `| 32` is `-`: neither may stand for the other.
    expect(startsWithFolded('wpa\x7fpassphrase', 0, 'wpa_passphrase')).toBe(false);
    expect(startsWithFolded('sudo\rS', 0, 'sudo-s')).toBe(false);
    expect(startsWithFolded('key', 0, 'keys')).toBe(false);
  });
});
