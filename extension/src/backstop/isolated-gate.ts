import type { ContentDeps } from '../content/deps';
import type { PageApprovals } from '../content/page-approvals';
import { resolveStopped } from './backstop-flow';
import { ASK_EVENT, channelEvent, HELLO_EVENT, parseJson, type CheckAnswer, type CheckRequest } from './channel';
import { checkPieces } from './check';

/** Stopped leaf texts are remembered, so a site retrying a stopped request does not ask the person again. */
const MAX_REMEMBERED_STOPS = 200;
const RESCAN_FREE_CHARS = 64 * 1024;

/**
 * The isolated-world half of the backstop: answers the main world's checks. It alone decides, from the
 * approvals it keeps; a clean body is answered in the same task, a flagged one after the normal flow.
 */
export function installBackstopGate(deps: ContentDeps, approvals: PageApprovals, target: EventTarget = window): void {
  let channel: string | null = null;
  const stopped = new Set<string>();
  // One flow at a time: the overlay shows one question, and the rest wait their turn.
  let queue: Promise<unknown> = Promise.resolve();

  const answer = (reply: CheckAnswer) => target.dispatchEvent(new CustomEvent(channelEvent(channel!, 'answer'), { detail: JSON.stringify(reply) }));

  const onCheck = (event: Event) => {
    const request = parseJson<CheckRequest>((event as CustomEvent).detail);
    if (!request || typeof request.id !== 'number' || !Array.isArray(request.pieces)) return;
    const check = checkPieces(request.pieces, approvals);
    if (!request.unreadable && check.flagged.length === 0) {
      // A large clean upload sent again (a retry, a second message with the same file) is not scanned again.
      for (const piece of request.pieces) if (piece.text.length >= RESCAN_FREE_CHARS) approvals.approve(piece.text);
      return answer({ id: request.id, verdict: 'pass' });
    }
    const declined = () => check.flagged.length > 0 && check.flagged.every((flagged) => stopped.has(flagged.leaf.text));
    if (declined()) return answer({ id: request.id, verdict: 'stop' });
    answer({ id: request.id, verdict: 'wait' });
    queue = queue
      // Asked again when its turn comes: a retry that came while the person was still answering for the same
      // text (the answer is recorded after the gateway hears the choice) is declined with it, not asked twice.
      .then(() => (declined() ? null : resolveStopped(deps, approvals, request, check)))
      .catch(() => null)
      .then((texts) => {
        if (texts === null) {
          for (const flagged of check.flagged) stopped.add(flagged.leaf.text);
          if (stopped.size > MAX_REMEMBERED_STOPS) stopped.clear();
          return answer({ id: request.id, verdict: 'stop' });
        }
        answer({ id: request.id, verdict: 'send', texts });
      });
  };

  const onHello = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    // The first announcement wins: it is made before any page script runs.
    if (channel !== null || typeof detail !== 'string' || !/^[\w-]{16,64}$/.test(detail)) return;
    channel = detail;
    target.removeEventListener(HELLO_EVENT, onHello);
    target.addEventListener(channelEvent(channel, 'check'), onCheck);
    target.dispatchEvent(new CustomEvent(channelEvent(channel, 'ready')));
  };
  target.addEventListener(HELLO_EVENT, onHello);
  target.dispatchEvent(new CustomEvent(ASK_EVENT));
}
