import { contextRule } from '../../../define';

/** Mattermost personal access / bot token: 26 lowercase alphanumeric characters next to a Mattermost keyword. */
export const mattermostAccessToken = contextRule({
  id: 'mattermost-access-token',
  title: 'Mattermost access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mattermost'],
  pattern: /[a-z0-9]{26}/,
  minLength: 26,
  maxLength: 26,
  minEntropy: 3.7,
  validate: (value) => /[0-9]/.test(value.slice(0)) && /[A-Za-z]/.test(value.slice(0)),
});
