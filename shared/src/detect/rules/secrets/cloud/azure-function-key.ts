import { scannerRule } from '../../../define';

function keyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/**
 * Azure Functions host / function key in the identifiable format: 56 characters of base64url ending in `==`,
 * with the signature `AzFu` a few characters before the padding. Anchored on the signature.
 */
export const azureFunctionKey = scannerRule({
  id: 'azure-function-key',
  anchors: ['azfu'],
  title: 'Azure Functions key',
  severity: 'high',
  confidence: 0.95,
  *scan(text: string) {
    for (let at = text.indexOf('AzFu'); at !== -1; at = text.indexOf('AzFu', at + 4)) {
      let start = at;
      while (start > 0 && at - start <= 56 && keyChar(text.charCodeAt(start - 1))) start--;
      let end = at + 4;
      while (end < text.length && end - at <= 14 && keyChar(text.charCodeAt(end))) end++;
      if (text.charCodeAt(end) !== 61 || text.charCodeAt(end + 1) !== 61) continue;
      end += 2;
      if (end - start !== 56 || at - start < 38) continue;
      if (start > 0) {
        const c = text.charCodeAt(start - 1);
        if (keyChar(c) || c === 43 || c === 47 || c === 46) continue;
      }
      if (end < text.length && (keyChar(text.charCodeAt(end)) || text.charCodeAt(end) === 61)) continue;
      yield { start, end };
    }
  },
  validate: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value.slice(0, 40)) && /[0-9]/.test(value),
});
