import { scannerRule } from '../../../define';

/** Characters an Entra ID client secret is made of: base62 plus `_ ~ . -`. */
function secretChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 126 || code === 46 || code === 45;
}

/**
 * Microsoft Entra ID (Azure AD) application client secret, the format issued since 2021: 3 characters, a
 * version digit, the literal `Q~`, then 31-34 characters (40 in total). There is no fixed start, so the
 * scanner anchors on the rare `Q~` and checks the shape around it.
 */
export const azureAdClientSecret = scannerRule({
  id: 'azure-ad-client-secret',
  anchors: ['q~'],
  title: 'Microsoft Entra ID (Azure AD) client secret',
  severity: 'critical',
  confidence: 0.9,
  *scan(text: string) {
    for (let at = text.indexOf('Q~'); at !== -1; at = text.indexOf('Q~', at + 2)) {
      const start = at - 4;
      if (start < 0) continue;
      const version = text.charCodeAt(at - 1);
      if (version < 48 || version > 57) continue;
      if (!secretChar(text.charCodeAt(start)) || !secretChar(text.charCodeAt(start + 1)) || !secretChar(text.charCodeAt(start + 2))) continue;
      if (start > 0) {
        const before = text.charCodeAt(start - 1);
        if (secretChar(before) || before === 43 || before === 47) continue;
      }
      let end = at + 2;
      while (end < text.length && end - at - 2 < 40 && secretChar(text.charCodeAt(end))) end++;
      // A sentence may end right after the secret.
      while (end > at + 2 && text.charCodeAt(end - 1) === 46) end--;
      const tail = end - at - 2;
      if (tail < 31 || tail > 34) continue;
      if (end < text.length) {
        const after = text.charCodeAt(end);
        if ((secretChar(after) && after !== 46) || after === 43 || after === 47) continue;
      }
      yield { start, end };
    }
  },
  // Letters and a digit after `Q~`: Microsoft writes them in mixed case, other scanners' samples (`[a-zA-Z0-9_~.-]`)
  // in one case as well, uppercase among them.
  validate: (value) => /[A-Za-z]/.test(value.slice(6)) && /[0-9]/.test(value.slice(6)),
});
