/**
 * Decoded views of a text for detection, with findings mapped back to the original offsets. `detect` uses
 * them on its own; a caller that knows where an encoded field is (a JSON string inside a request body)
 * builds one for it with `decodedView` and maps what it finds with `findingsInOriginal`.
 *
 * What the views decode: JSON string escapes (`\n`, `\t`, `\"`, `\\`, `\/`, `\uXXXX` with surrogate pairs),
 * up to three levels deep (a file in a JSON string in a tool call's JSON-encoded arguments); invisible
 * characters (zero-width space and joiners, soft hyphen, word joiner, bidi controls, byte order mark,
 * variation selectors, tag characters), which are dropped; compatibility forms that NFKC folds to ASCII
 * (fullwidth letters and digits, mathematical alphanumerics, ligatures, circled digits), which are folded.
 * What they do not decode, on purpose: base64 (only rules whose format is itself base64, such as a Basic
 * auth header, a JWT or Kubernetes secret data, decode it), percent-encoding, HTML entities, and homoglyphs
 * (a Cyrillic `а` for a Latin `a`): those are deliberate obfuscation, which a filter of honest mistakes
 * does not chase.
 */
export type { Span, TextView } from './text-view';
export { decodedView, type DecodeOptions } from './decode';
export { findingsInOriginal } from './through-views';
