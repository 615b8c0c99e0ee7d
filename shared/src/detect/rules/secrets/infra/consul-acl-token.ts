import { contextRule } from '../../../define';

/** HashiCorp Consul ACL token (secret ID): a UUID next to a Consul keyword. */
export const consulAclToken = contextRule({
  id: 'consul-acl-token',
  title: 'HashiCorp Consul ACL token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['consul_http_token', 'consul_token', 'consul_acl', 'x-consul-token', 'consul_master_token', 'consul_agent_token', 'consul acl', 'consulhttptoken', 'consul.http.token', 'consul-http-token', 'consultoken', 'consul.token', 'consul-token', 'consulacl', 'consul.acl', 'consul-acl', 'consulmastertoken', 'consul.master.token', 'consul-master-token', 'consulagenttoken', 'consul.agent.token', 'consul-agent-token'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
