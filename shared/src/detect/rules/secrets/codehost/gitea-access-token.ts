import { contextRule } from '../../../define';

/** Gitea, Forgejo (Codeberg) or Gogs access token: 40 lowercase hex characters next to a token keyword of one of them (a bare name would match commit SHAs in their URLs). */
export const giteaAccessToken = contextRule({
  id: 'gitea-access-token',
  title: 'Gitea / Forgejo access token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['gitea_token', 'gitea_access_token', 'gitea_api_token', 'forgejo_token', 'forgejo_access_token', 'codeberg_token', 'gogs_token', 'gitea token', 'forgejo token', 'giteatoken', 'gitea.token', 'gitea-token', 'giteaaccesstoken', 'gitea.access.token', 'gitea-access-token', 'giteaapitoken', 'gitea.api.token', 'gitea-api-token', 'forgejotoken', 'forgejo.token', 'forgejo-token', 'forgejoaccesstoken', 'forgejo.access.token', 'forgejo-access-token', 'codebergtoken', 'codeberg.token', 'codeberg-token', 'gogstoken', 'gogs.token', 'gogs-token'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
