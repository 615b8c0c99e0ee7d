import { echoedPlaceholderPattern } from '@promptgate/shared';
import type { ContentDeps } from './deps';
import { watchPersonNavigation } from './person-navigation';
import { UnresolvedPlaceholders } from './unresolved-placeholders';

/** A placeholder as models echo it: `[EMAIL_1]`, or markdown-escaped `\[EMAIL\_1\]`. */
const PLACEHOLDER = echoedPlaceholderPattern();
const THROTTLE_MS = 60;

function textNodesWithPlaceholders(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (PLACEHOLDER.test(node.nodeValue ?? '')) out.push(node as Text);
  }
  return out;
}

/**
 * Shows the person real values where the model wrote placeholders, in the page only. Replies stream in, so a
 * MutationObserver re-checks changed replies, throttled; a placeholder still arriving simply is not complete
 * yet and is restored on a later pass. The gateway holds the values, so restoring asks it; a placeholder it
 * cannot resolve for this conversation stays a placeholder for the page's life (see `UnresolvedPlaceholders`),
 * and a new chat's replies wait until its id is linked to the key its first prompt was inspected under.
 */
export function startReplyRestorer(deps: ContentDeps): () => void {
  const link = (draftId: string, conversationId: string) => deps.send('linkConversation', { draftId, conversationId }).then((answer) => answer.linked);
  const stopWatching = watchPersonNavigation(deps.conversation);
  const unresolved = new UnresolvedPlaceholders();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;

  async function pass(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const conversationId = await deps.conversation.settled(location.href, link);
      const nodes = deps.adapter.replies().flatMap(textNodesWithPlaceholders);
      await Promise.all(
        nodes.map(async (node) => {
          const text = node.nodeValue ?? '';
          const answer = await deps.send('restore', { conversationId, text: unresolved.shield(conversationId, text) });
          // Without the gateway nothing was decided: the placeholders may still be restored on a later pass.
          if (answer.unavailable) return;
          const restored = unresolved.learn(conversationId, answer.text);
          // The site may have rewritten the node (streaming) or shown another chat meanwhile: only replace what we asked about.
          if (restored !== text && node.nodeValue === text && deps.conversation.current(location.href) === conversationId) node.nodeValue = restored;
        }),
      );
    } catch {
      // Restoring is a convenience: the page keeps its placeholders when it fails.
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  function schedule(): void {
    timer ??= setTimeout(() => {
      timer = undefined;
      void pass();
    }, THROTTLE_MS);
  }

  // Only changes inside replies matter; the rest of the page (and the composer) is never rewritten.
  const touchesReply = (record: MutationRecord): boolean => {
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    if (element && deps.adapter.isReply(element)) return true;
    return Array.from(record.addedNodes).some((node) => node instanceof Element && (deps.adapter.isReply(node) || deps.adapter.replies(node).length > 0));
  };
  const observer = new MutationObserver((records) => {
    if (records.some(touchesReply)) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  schedule();
  return () => {
    observer.disconnect();
    stopWatching();
  };
}
