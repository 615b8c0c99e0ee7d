import { contextRule } from '../../../define';

/** Jenkins user API token: `11` + 32 lowercase hex characters, next to a Jenkins keyword. */
export const jenkinsApiToken = contextRule({
  id: 'jenkins-api-token',
  title: 'Jenkins API token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['jenkins'],
  pattern: /11[a-f0-9]{32}/,
  minLength: 34,
  maxLength: 34,
  minEntropy: 3.2,
});
