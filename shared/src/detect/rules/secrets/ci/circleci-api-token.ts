import { contextRule } from '../../../define';

/** CircleCI API token in the original format: 40 lowercase hex characters next to a CircleCI keyword. */
export const circleciApiToken = contextRule({
  id: 'circleci-api-token',
  title: 'CircleCI API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['circleci', 'circle_token', 'circle-token', 'circletoken'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
