import { tokenRule } from '../../../define';

/** GitLab deploy token: `gldt-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabDeployToken = tokenRule({
  id: 'gitlab-deploy-token',
  title: 'GitLab deploy token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['gldt-'],
  pattern: /gldt-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
