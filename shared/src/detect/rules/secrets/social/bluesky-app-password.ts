import { contextRule } from '../../../define';

/** Bluesky app password: four dash-separated groups of 4 lowercase alphanumerics, next to a Bluesky keyword. */
export const blueskyAppPassword = contextRule({
  id: 'bluesky-app-password',
  title: 'Bluesky app password',
  severity: 'high',
  confidence: 0.85,
  keywords: ['bluesky', 'bsky', 'atproto'],
  pattern: /[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}/,
  minLength: 19,
  maxLength: 19,
  minEntropy: 3,
  validate: (value) => /[0-9]/.test(value.slice(0)) && /[A-Za-z]/.test(value.slice(0)),
});
