import { contextRule } from '../../../define';

/** Gitea, Forgejo (Codeberg) or Gogs access token: 40 lowercase hex characters next to one of those names. */
export const giteaAccessToken = contextRule({
  id: 'gitea-access-token',
  title: 'Gitea / Forgejo access token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['gitea', 'forgejo', 'codeberg', 'gogs'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
