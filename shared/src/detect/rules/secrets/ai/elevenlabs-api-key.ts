import { contextRule } from '../../../define';

/** ElevenLabs API key: `sk_` + 48 hex (legacy keys: 32 hex) next to an ElevenLabs keyword. */
export const elevenlabsApiKey = contextRule({
  id: 'elevenlabs-api-key',
  title: 'ElevenLabs API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key', 'eleven_api_key'],
  pattern: /sk_[a-f0-9]{48}|[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 51,
  minEntropy: 3.3,
});
