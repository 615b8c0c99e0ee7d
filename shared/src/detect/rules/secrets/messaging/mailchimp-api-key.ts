import { scannerRule } from '../../../define';

/** Mailchimp API key: 32 hex characters + `-us` + datacenter number. Found by anchoring on the literal `-us`, then checking the 32 characters before it. */
export const mailchimpApiKey = scannerRule({
  id: 'mailchimp-api-key',
  anchors: ['-us'],
  title: 'Mailchimp API key',
  severity: 'critical',
  confidence: 0.95,
  *scan(text: string) {
    for (let at = text.indexOf('-us'); at !== -1; at = text.indexOf('-us', at + 3)) {
      const start = at - 32;
      if (start < 0 || (start > 0 && /[A-Za-z0-9_-]/.test(text.charAt(start - 1)))) continue;
      if (!/^[a-f0-9]{32}$/.test(text.slice(start, at))) continue;
      const tail = /^-us\d{1,2}(?![A-Za-z0-9]|\.[A-Za-z0-9])/.exec(text.slice(at, at + 7));
      if (tail) yield { start, end: at + tail[0].length };
    }
  },
});
