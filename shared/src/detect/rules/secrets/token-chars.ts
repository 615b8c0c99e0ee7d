/** Character tests by code for the rules that walk a token by hand: one home for what each alphabet holds. */

/** `0-9`, `A-Z`, `a-z`. */
export function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Standard base64's alphabet without its padding: letters, digits, `+` and `/`. */
export function isBase64Char(code: number): boolean {
  return isAlphanumeric(code) || code === 43 || code === 47;
}
