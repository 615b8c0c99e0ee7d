import { scannerRule } from '../../../define';

function keyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/**
 * Azure Functions host / function key in the identifiable format: 44 base64url characters, the signature
 * `AzFu`, 6 more characters and `==` (56 in total). Anchored on the signature.
 */
export const azureFunctionKey = scannerRule({
  id: 'azure-function-key',
  title: 'Azure Functions key',
  severity: 'high',
  confidence: 0.95,
  *scan(text: string) {
    for (let at = text.indexOf('AzFu'); at !== -1; at = text.indexOf('AzFu', at + 4)) {
      const start = at - 44;
      const end = at + 12;
      if (start < 0 || end > text.length || text.charCodeAt(end - 1) !== 61 || text.charCodeAt(end - 2) !== 61) continue;
      let ok = true;
      for (let i = start; i < end - 2; i++) {
        if (i >= at && i < at + 4) continue;
        if (!keyChar(text.charCodeAt(i))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (start > 0) {
        const c = text.charCodeAt(start - 1);
        if (keyChar(c) || c === 43 || c === 47 || c === 46) continue;
      }
      if (end < text.length && keyChar(text.charCodeAt(end))) continue;
      yield { start, end };
    }
  },
  validate: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value.slice(0, 44)) && /[0-9]/.test(value),
});
