import { tokenRule } from '../../../define';
import { isOpaqueSecret } from './values';

/**
 * `sk-` + 32 to 64 random letters and digits: the secret-key shape of the OpenAI-compatible APIs (DeepSeek,
 * Moonshot, DashScope, SiliconFlow, the `one-api` gateways teams host themselves) and others. No one vendor
 * owns it, so a vendor's keyword decides nothing: the prefix and a random body are what make it a key. The
 * vendor rules that know a longer prefix (`sk-proj-`, `sk-ant-`) or a marker outrank it on the same span.
 */
export const skSecretKey = tokenRule({
  id: 'sk-secret-key',
  title: 'Secret key (sk- prefix)',
  severity: 'high',
  confidence: 0.8,
  prefixes: ['sk-'],
  pattern: /sk-[A-Za-z0-9]{32,64}(?![A-Za-z0-9_-])/,
  requires: { digit: true, after: 3 },
  validate: (value) => isOpaqueSecret(value.slice(3)),
});
