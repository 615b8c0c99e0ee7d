import { contextRule } from '../../../define';

/** Splunk HTTP Event Collector token: a UUID next to a Splunk / HEC keyword. */
export const splunkHecToken = contextRule({
  id: 'splunk-hec-token',
  title: 'Splunk HEC token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken'],
  pattern: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
