function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Whether the keyword occurrence at `start` begins a name or a segment of one: after a non-alphanumeric
 * character (`OKTA_TOKEN`, `x-okta-key`, `"okta"`), at a camelCase step (`myOktaToken`), or after a one-letter
 * option (`-Pgradle.publish.key`). Never inside a
 * word: `okta` in `rookTable`, `lob` in `global`, `datadog` in `notadatadogfan`.
 */
export function atNameStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (!isDigit(before) && !isLower(before) && !isUpper(before)) return true;
  // A one-letter option glued to its name: `-Pgradle.publish.key=`, `-Dokta.token=`.
  if (start >= 2 && text.charCodeAt(start - 2) === 45 && (isUpper(before) || isLower(before))) return true;
  return isUpper(text.charCodeAt(start)) && (isLower(before) || isDigit(before));
}
