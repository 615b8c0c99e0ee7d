const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Spanish NIF of a person, compact and upper case: a DNI (eight digits and a letter) or an NIE (X, Y or Z,
 * seven digits and a letter). The letter is the number (X, Y, Z read as 0, 1, 2) modulo 23 in
 * `TRWAGMYFPDXBNJZSQVHLCKE`.
 */
export function isSpanishNif(value: string): boolean {
  const match = /^([XYZ]\d{7}|\d{8})([A-Z])$/.exec(value);
  if (match === null) return false;
  const number = Number(match[1]!.replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c))));
  if (number === 0) return false;
  return LETTERS[number % 23] === match[2];
}
