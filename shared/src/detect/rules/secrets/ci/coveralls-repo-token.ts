import { contextRule } from '../../../define';

/** Coveralls repository token: 32-37 base62 characters next to a Coveralls keyword. */
export const coverallsRepoToken = contextRule({
  id: 'coveralls-repo-token',
  title: 'Coveralls repo token',
  severity: 'medium',
  confidence: 0.8,
  keywords: ['coveralls'],
  pattern: /[A-Za-z0-9]{32,37}/,
  minLength: 32,
  maxLength: 37,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
