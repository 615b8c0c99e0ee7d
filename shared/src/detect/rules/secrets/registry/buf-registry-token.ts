import { contextRule } from '../../../define';

/** Buf Schema Registry token: 64 lowercase hex characters next to a Buf keyword. */
export const bufRegistryToken = contextRule({
  id: 'buf-registry-token',
  title: 'Buf Schema Registry token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['buf_token', 'buftoken', 'buf.build', 'bufbuild', 'buf.token', 'buf-token'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.5,
});
