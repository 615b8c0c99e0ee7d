import type { InspectResponse } from '@promptgate/shared';
import type { InspectOutcome, Unavailable } from '../messages/protocol';

/** What the content script does with an inspection; a pure function of the answer, so it is unit-tested. */
export type Plan =
  | { do: 'send' }
  | { do: 'rewrite-and-send'; text: string }
  | { do: 'warn'; response: InspectResponse; redactedText: string; local: boolean }
  | { do: 'hold'; response: InspectResponse; approvalId: string }
  | { do: 'block'; response: InspectResponse }
  | { do: 'refuse'; reason: Unavailable };

function promptText(response: InspectResponse, original: string): string {
  return response.segments.find((segment) => segment.id === 'prompt')?.text ?? original;
}

export function planFor(outcome: InspectOutcome, original: string): Plan {
  if (outcome.kind === 'unavailable') return { do: 'refuse', reason: outcome.reason };
  const { response } = outcome;
  const text = promptText(response, original);
  switch (response.verdict) {
    case 'allow':
      // An allowed prompt may still carry rewritten segments (never weaker than what was inspected).
      return text === original ? { do: 'send' } : { do: 'rewrite-and-send', text };
    case 'redact':
      return { do: 'rewrite-and-send', text };
    case 'warn':
      return { do: 'warn', response, redactedText: text, local: outcome.kind === 'local' };
    case 'hold':
      // Without an approval id nobody can approve it: that is a block, never a send.
      return response.approvalId ? { do: 'hold', response, approvalId: response.approvalId } : { do: 'block', response };
    case 'block':
      return { do: 'block', response };
  }
}

/** What the person is told when nothing was sent because the gateway could not be asked. */
export function unavailableLines(reason: Unavailable): string[] {
  switch (reason) {
    case 'not-running':
      return [
        'promptgate is not running on this computer, and your organisation\u2019s policy does not allow sending prompts it has not checked. Nothing was sent.',
        'Open the promptgate app, then press Enter again. If it does not start, ask IT.',
      ];
    case 'not-paired':
      return [
        'This browser is not paired with promptgate on this computer. Nothing was sent.',
        'Open the promptgate extension\u2019s options (right-click its toolbar button) and enter the pairing code shown in the promptgate app under Settings. If you have no code, ask IT.',
      ];
    case 'timeout':
      return ['promptgate on this computer did not answer in time. Nothing was sent.', 'Wait a moment, then press Enter again. If it keeps happening, ask IT.'];
    case 'gateway-error':
      return ['promptgate on this computer could not check this prompt. Nothing was sent.', 'Press Enter to try again. If it keeps happening, ask IT.'];
  }
}
