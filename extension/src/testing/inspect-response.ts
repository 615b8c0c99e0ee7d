import type { InspectResponse } from '@promptgate/shared';

/** Test support: the gateway's answer for one prompt segment, with no findings unless `extra` gives some. */
export function inspectResponse(verdict: InspectResponse['verdict'], text: string, extra: Partial<InspectResponse> = {}): InspectResponse {
  return {
    eventId: 'e1',
    verdict,
    segments: [{ id: 'prompt', text }],
    findings: [],
    reasons: [],
    policy: { name: 'p', version: 1, source: 'default', failMode: 'closed', restoreResponses: true },
    ...extra,
  };
}
