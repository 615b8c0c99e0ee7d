import { contextRule } from '../../../define';

/** HashiCorp Consul ACL token (secret ID): a UUID next to a Consul keyword. */
export const consulAclToken = contextRule({
  id: 'consul-acl-token',
  title: 'HashiCorp Consul ACL token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['consul'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
