import { contextRule } from '../../../define';

/** Quay.io / Red Hat Quay robot account token: 64 uppercase alphanumerics next to a Quay keyword. */
export const quayRobotToken = contextRule({
  id: 'quay-robot-token',
  title: 'Quay.io robot account token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['quay'],
  pattern: /[A-Z0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4,
  validate: (value) => /[0-9]/.test(value) && /[A-Z]/.test(value),
});
