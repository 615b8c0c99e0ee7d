import { contextRule } from '../../../define';

/** Ansible Galaxy API token: 40 lowercase hex characters next to a Galaxy keyword. */
export const ansibleGalaxyToken = contextRule({
  id: 'ansible-galaxy-token',
  title: 'Ansible Galaxy API token',
  severity: 'high',
  confidence: 0.8,
  keywords: [
    'galaxy_token',
    'galaxy_api_key',
    'ansible_galaxy',
    'ansible-galaxy',
    'galaxy_server',
    'galaxytoken',
    'galaxy.token',
    'galaxy-token',
    'galaxyapikey',
    'galaxy.api.key',
    'galaxy-api-key',
    'ansiblegalaxy',
    'ansible.galaxy',
    'galaxyserver',
    'galaxy.server',
    'galaxy-server',
  ],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
