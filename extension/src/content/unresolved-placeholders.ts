import { echoedPlaceholderPattern } from '@promptgate/shared';

/** A placeholder as models echo it, `[EMAIL_1]` or markdown-escaped `\[EMAIL\_1\]`; group 1 is its name. */
const PLACEHOLDERS = echoedPlaceholderPattern('g');
/** Put after a placeholder's `[` so the gateway does not read it as one; removed again from its answer. */
const DISGUISE = '\u2060';

const nameOf = (inner: string) => inner.replace(/\\/g, '');

/**
 * Placeholders the gateway could not resolve in a conversation stay placeholders in this page, even if the
 * gateway later knows a value by that name: after a restart its numbering begins again, and `[AWS_ACCESS_KEY_ID_1]`
 * in an old reply would be shown as the value a newer prompt was given. Never certain, so never shown.
 */
export class UnresolvedPlaceholders {
  private readonly byConversation = new Map<string, Set<string>>();

  /** The text to ask the gateway about, with the placeholders it could not resolve before disguised. */
  shield(conversationId: string, text: string): string {
    const unresolved = this.byConversation.get(conversationId);
    if (!unresolved) return text;
    return text.replace(PLACEHOLDERS, (match: string, inner: string) => (unresolved.has(nameOf(inner)) ? match.replace('[', `[${DISGUISE}`) : match));
  }

  /** Takes the gateway's answer: remembers what it left unresolved, and returns the text without disguises. */
  learn(conversationId: string, answer: string): string {
    for (const match of answer.matchAll(PLACEHOLDERS)) {
      let unresolved = this.byConversation.get(conversationId);
      if (!unresolved) this.byConversation.set(conversationId, (unresolved = new Set()));
      unresolved.add(nameOf(match[1]!));
    }
    return answer.replaceAll(`[${DISGUISE}`, '[');
  }
}
