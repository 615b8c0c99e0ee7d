import { contextRule } from '../../../define';

/** HashiCorp Nomad ACL token (secret ID): a UUID next to a Nomad keyword. */
export const nomadAclToken = contextRule({
  id: 'nomad-acl-token',
  title: 'HashiCorp Nomad ACL token',
  severity: 'critical',
  confidence: 0.8,
  keywords: [
    'nomad_token',
    'x-nomad-token',
    'nomad_acl',
    'nomad acl',
    'nomad_management_token',
    'nomadtoken',
    'nomad.token',
    'nomad-token',
    'nomadacl',
    'nomad.acl',
    'nomad-acl',
    'nomadmanagementtoken',
    'nomad.management.token',
    'nomad-management-token',
  ],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
