import { anchoredScannerRule } from '../../../define';

const HEX_LOWER = /^[a-f0-9]{32}$/;
const DATACENTER = /^-us\d{1,2}(?![A-Za-z0-9]|\.[A-Za-z0-9])/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}

/** `-us` found case-insensitively: the key has it in lowercase. */
function isLowercaseUs(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && text.charCodeAt(at + 1) === 117 && text.charCodeAt(at + 2) === 115;
}

/**
 * Mailchimp API key: 32 hex characters + `-us` + datacenter number. Anchored on the literal `-us`, then the
 * characters around it are checked; `-us` is common in prose (`non-use`), so two character tests come before
 * any regex.
 */
export const mailchimpApiKey = anchoredScannerRule({
  id: 'mailchimp-api-key',
  anchors: ['-us'],
  title: 'Mailchimp API key',
  severity: 'critical',
  confidence: 0.95,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const at = anchorStarts[nth]!;
      const start = at - 32;
      if (start < 0 || !isDigit(text.charCodeAt(at + 3)) || !isLowerHex(text.charCodeAt(at - 1)) || !isLowercaseUs(text, at)) continue;
      if (start > 0 && /[A-Za-z0-9_-]/.test(text.charAt(start - 1))) continue;
      if (!HEX_LOWER.test(text.slice(start, at))) continue;
      const tail = DATACENTER.exec(text.slice(at, at + 7));
      if (tail) yield { start, end: at + tail[0].length };
    }
  },
});
