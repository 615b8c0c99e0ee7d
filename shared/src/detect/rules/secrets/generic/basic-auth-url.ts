import { userinfoPasswordRule } from './url';

/** `https://user:token@host/...` (git remotes, webhooks, registries); the password only. */
export const basicAuthUrl = userinfoPasswordRule('basic-auth-url', 'Password in an HTTP URL', 'https?|wss?|git|svn|webdavs?', 0.7);
