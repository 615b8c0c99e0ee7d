import { tokenRule } from '../../../define';
import { hasDistinctChars } from '../../../distinct-chars';

/** DigitalOcean Spaces access key ID: `DO` + 18 uppercase alphanumerics (20 in total), only next to a Spaces/S3 keyword since the shape is short. */
export const digitaloceanSpacesAccessKey = tokenRule({
  id: 'digitalocean-spaces-access-key',
  title: 'DigitalOcean Spaces access key',
  severity: 'medium',
  confidence: 0.8,
  prefixes: ['DO'],
  pattern: /DO[0-9A-Z]{18}(?![A-Za-z0-9])/,
  keywords: ['spaces', 'digitalocean', 'access_key', 'accesskey', 'access-key', 'access.key'],
  validate: (value) => /[0-9]/.test(value) && hasDistinctChars(value, 10),
});
