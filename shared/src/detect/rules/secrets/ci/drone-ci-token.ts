import { contextRule } from '../../../define';

/** Drone CI personal token: 32 base62 characters next to a Drone keyword. */
export const droneCiToken = contextRule({
  id: 'drone-ci-token',
  title: 'Drone CI access token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['drone'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
