import { contextRule } from '../../../define';

/** Better Stack / Logtail source token: 24 base62 characters next to a Better Stack keyword. */
export const logtailSourceToken = contextRule({
  id: 'logtail-source-token',
  title: 'Better Stack (Logtail) source token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['logtail', 'betterstack', 'better_stack', 'better-stack'],
  pattern: /[A-Za-z0-9]{24}/,
  minLength: 24,
  maxLength: 24,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
