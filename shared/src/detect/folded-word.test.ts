import { describe, expect, it } from 'vitest';
import { folded, foldedAt } from './folded-word';

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
