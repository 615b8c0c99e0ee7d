import { contextRule } from '../../../define';

/** Twitch client secret or OAuth token: 30 lowercase alphanumerics next to a Twitch keyword. */
export const twitchToken = contextRule({
  id: 'twitch-token',
  title: 'Twitch client secret / OAuth token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['twitch'],
  pattern: /[a-z0-9]{30}/,
  minLength: 30,
  maxLength: 30,
  minEntropy: 3.8,
  validate: (value) => /[0-9]/.test(value.slice(0)) && /[A-Za-z]/.test(value.slice(0)),
});
