import type { SetAside } from './damaged-file';
import type { EventInput } from './types';

/** Where the log's own notices are grouped: one session of the gateway itself. */
export const GATEWAY_NOTICE_SOURCE = 'promptgate';

/** The first event of a log started because the old file was damaged: what happened and where the old file is. */
export function recoveryNotice(setAside: SetAside): EventInput {
  return {
    sessionKind: 'sdk',
    source: GATEWAY_NOTICE_SOURCE,
    conversationId: 'session-log',
    kind: 'notice',
    verdict: 'allow',
    maskedText: setAside.problem,
    findings: [],
    detail: { notice: 'damaged_log_set_aside', damagedFile: setAside.movedTo, setAsideAt: setAside.at },
  };
}
