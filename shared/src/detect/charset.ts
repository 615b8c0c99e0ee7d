/**
 * Character classes of the token alphabet as bit flags, so the scanner can OR them per token and rules can
 * be dispatched by "what characters does this token use" without looking at it again.
 */
export const CharClass = {
  digit: 1,
  hexLower: 2, // a-f
  lower: 4, // g-z
  hexUpper: 8, // A-F
  upper: 16, // G-Z
  underscore: 32,
  dash: 64,
  plus: 128,
  slash: 256,
  dot: 512,
  tilde: 1024,
  equals: 2048,
} as const;

/** Index: char code (< 128) → its class bit, 0 when the char ends a token. */
export const CHAR_CLASS = new Uint16Array(128);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = CharClass.digit;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = c <= 102 ? CharClass.hexLower : CharClass.lower;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = c <= 70 ? CharClass.hexUpper : CharClass.upper;
CHAR_CLASS[95] = CharClass.underscore;
CHAR_CLASS[45] = CharClass.dash;
CHAR_CLASS[43] = CharClass.plus;
CHAR_CLASS[47] = CharClass.slash;
CHAR_CLASS[46] = CharClass.dot;
CHAR_CLASS[126] = CharClass.tilde;
CHAR_CLASS[61] = CharClass.equals;

export const LETTERS = CharClass.hexLower | CharClass.lower | CharClass.hexUpper | CharClass.upper;
