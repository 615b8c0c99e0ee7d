import type { IncomingMessage } from 'node:http';

/**
 * Which session a call belongs to in the log: the client may name its run (`x-promptgate-session`), else calls
 * of one client to one provider on one day form a session, which is how people look for them.
 */
export function conversationOf(request: IncomingMessage, provider: string, now = new Date()): string {
  const named = request.headers['x-promptgate-session'];
  if (typeof named === 'string' && /^[\x20-\x7e]{1,200}$/.test(named.trim())) return named.trim();
  return `${provider} ${now.toISOString().slice(0, 10)}`;
}
