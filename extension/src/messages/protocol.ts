import type { ApprovalState, InspectRequest, InspectResponse, SiteControl } from '@promptgate/shared';

/** Why the gateway could not answer; each has its own sentence and fix for the person. */
export type Unavailable = 'not-running' | 'not-paired' | 'timeout' | 'gateway-error';

/**
 * The answer to an inspection. `gateway` is the gateway's own answer; `local` is the bundled engine's answer
 * when the gateway is unreachable and the fail mode is open; `unavailable` means nothing may be sent.
 */
export type InspectOutcome =
  { kind: 'gateway'; response: InspectResponse } | { kind: 'local'; response: InspectResponse; reason: Unavailable } | { kind: 'unavailable'; reason: Unavailable };

export type Verdict = InspectResponse['verdict'];

export interface TabStatus {
  connected: boolean;
  paired: boolean;
  gatewayUrl: string;
  policy?: { name: string; version: number; failMode: 'closed' | 'open' };
  counts: Partial<Record<Verdict | 'unavailable', number>>;
  /** Controls of the tab's site promptgate cannot see since the page loaded: its guard there is degraded. */
  degraded: SiteControl[];
}

/**
 * Every message between the content scripts / popup / options and the background, declared once:
 * name → [request, response]. A sender and its handler cannot disagree on a payload.
 */
export interface MessageMap {
  inspect: [Omit<InspectRequest, 'source'> & { url: string }, InspectOutcome];
  choice: [{ eventId: string; choice: 'send-redacted' | 'send-original' | 'edit' | 'cancel'; justification?: string }, { ok: boolean; message?: string }];
  /** Long-polls an approval for up to `waitSeconds`. */
  approval: [{ approvalId: string; waitSeconds: number }, ApprovalState | { status: 'unavailable'; reason: Unavailable }];
  cancelApproval: [{ approvalId: string }, { ok: boolean }];
  /** `unavailable`: the gateway could not be asked, so the text comes back as it was and nothing is known. */
  restore: [{ conversationId: string; text: string }, { text: string; unavailable?: true }];
  /** A new chat's draft key names the id the site revealed; `linked: false` when the gateway refused or was away. */
  linkConversation: [{ draftId: string; conversationId: string }, { linked: boolean }];
  status: [{ tabId?: number }, TabStatus];
  pair: [{ code: string; gatewayUrl?: string }, { ok: true } | { ok: false; message: string }];
  /** A fresh single-use link that opens the gateway's local UI signed in, or why there is none. */
  uiLink: [Record<string, never>, { url: string } | { message: string }];
  /** The person is typing a prompt: the background stays awake and its connection to the gateway open for the Enter to come. */
  warm: [Record<string, never>, { ok: boolean }];
  /** The page's composer or send control matched no selector; `reported` says whether the gateway recorded it now. */
  siteUnrecognised: [{ control: SiteControl; selectors: string[] }, { reported: boolean }];
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K][0];
export type Response<K extends MessageName> = MessageMap[K][1];

/** What travels over `runtime.sendMessage`. */
export interface Envelope<K extends MessageName = MessageName> {
  promptgate: K;
  payload: Request<K>;
}
