/**
 * Vaults are keyed by caller, site and conversation: one extension (or SDK client) can never restore
 * another's values, even when conversation ids collide.
 */
export function conversationKey(caller: string, source: string, conversationId: string): string {
  return `${caller}\u0000${source}\u0000${conversationId}`;
}
