import { contextRule } from '../../../define';

/** Algolia admin / write API key: 32 lowercase hex characters next to an Algolia keyword. */
export const algoliaAdminKey = contextRule({
  id: 'algolia-admin-key',
  title: 'Algolia API key',
  severity: 'high',
  confidence: 0.8,
  keywords: ['algolia'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.2,
});
