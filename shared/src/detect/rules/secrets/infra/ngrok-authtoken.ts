import { contextRule } from '../../../define';

/** ngrok authtoken / API key: 27 base62 + `_` + 21 base62 characters, next to an ngrok keyword. */
export const ngrokAuthtoken = contextRule({
  id: 'ngrok-authtoken',
  title: 'ngrok authtoken',
  severity: 'high',
  confidence: 0.85,
  keywords: ['ngrok'],
  pattern: /[A-Za-z0-9]{27}_[A-Za-z0-9]{21}/,
  minLength: 49,
  maxLength: 49,
  minEntropy: 4.2,
  requires: { lower: true, upper: true },
});
