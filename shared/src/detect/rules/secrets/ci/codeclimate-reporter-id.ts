import { contextRule } from '../../../define';

/**
 * Code Climate test reporter ID: 64 hex digits next to its variable's name or a Code Climate keyword. It lets
 * whoever holds it upload coverage to the repository's account.
 */
export const codeclimateReporterId = contextRule({
  id: 'codeclimate-reporter-id',
  title: 'Code Climate test reporter ID',
  severity: 'medium',
  confidence: 0.8,
  keywords: ['cc_test_reporter_id', 'codeclimate', 'code_climate', 'code-climate'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.5,
  requires: { digit: true, lower: true },
});
