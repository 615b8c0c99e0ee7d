import { tokenRule } from '../../../define';

/** GitLab pipeline trigger token: `glptt-` + 40 lowercase hex characters. */
export const gitlabPipelineTriggerToken = tokenRule({
  id: 'gitlab-pipeline-trigger-token',
  title: 'GitLab pipeline trigger token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glptt-'],
  pattern: /glptt-[a-f0-9]{40}(?![A-Za-z0-9_-])/,
});
