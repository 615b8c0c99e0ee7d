import { tokenRule } from '../../../define';

/** GitLab CI/CD job token: `glcbt-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabCicdJobToken = tokenRule({
  id: 'gitlab-cicd-job-token',
  title: 'GitLab CI/CD job token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glcbt-'],
  pattern: /glcbt-(?:[0-9a-fA-F]{1,5}_)?[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
