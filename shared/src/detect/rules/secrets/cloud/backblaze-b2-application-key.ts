import { tokenRule } from '../../../define';

/** Backblaze B2 application key: `K00` + a digit + 27 base64 characters. */
export const backblazeB2ApplicationKey = tokenRule({
  id: 'backblaze-b2-application-key',
  title: 'Backblaze B2 application key',
  severity: 'critical',
  confidence: 0.85,
  prefixes: ['K00'],
  pattern: /K00[0-9][A-Za-z0-9+/]{27}(?![A-Za-z0-9+/=])/,
  requires: { lower: true, upper: true, after: 4 },
});
