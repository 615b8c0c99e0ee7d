import { tokenRule } from '../../../define';

/** Contentful content-management personal access token: `CFPAT-` + 43 base64url characters. */
export const contentfulPat = tokenRule({
  id: 'contentful-pat',
  title: 'Contentful personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['CFPAT-'],
  pattern: /CFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
});
