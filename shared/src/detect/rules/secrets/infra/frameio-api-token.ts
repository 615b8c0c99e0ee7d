import { tokenRule } from '../../../define';

/** Frame.io developer token: `fio-u-` + 64 base64url characters. */
export const frameioApiToken = tokenRule({
  id: 'frameio-api-token',
  title: 'Frame.io API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['fio-u-'],
  pattern: /fio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_=-])/,
});
