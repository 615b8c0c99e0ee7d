import type { IncomingMessage } from 'node:http';
import { approvalFindings, RedactError, type Inspection } from '@promptgate/shared';
import { conversationOf } from './call-info';
import { upstreamHeaders } from './forward-headers';
import { awaitApproval } from './hold';
import { formatPath, isRecord } from './json-text';
import type { ProxyCall } from './proxy-call';
import { jsonPayload } from './sse/sse-event';
import { HttpError, readAllCapped, readJsonBody } from '@promptgate/shared/http-node';
import { MAX_REQUEST_BYTES } from './read-body';
import { inspectRequest } from './request-inspection';
import { bodyLength, rewrittenBody } from './rewritten-body';
import { LoggedFields } from './logged-fields';
import { replyRecord, requestRecord, transcriptOf, type CallInfo, type ReplyOutcome } from './record';
import { createReplyText, type ReplyText } from './reply/reply-text';
import { decoded, MAX_REPLY_BYTES, relayRaw, relaySse, sendRewritten } from './relay';
import { relayError } from './relay-error';
import { withToolCallPolicy } from './tool-calls/guarded-endpoint';
import { answerRefusedCalls, refusalsOfReply, rememberingRefusals } from './tool-calls/refused-calls';
import { createToolCallGate } from './tool-calls/tool-call-gate';
import type { EndpointAdapter, StreamTransform, TextField, Usage } from './types';
import { responseIdOf, vaultScope } from './vault-scope';
import { vaultValueHasher } from './value-hashes';
import { blockedMessage, describeFindings } from './verdict-message';

/**
 * An inspected endpoint: read and validate the body, inspect every text, record the decision, then block,
 * hold, or send the rewritten request, and bring the reply back restored. The placeholders live in the vault of
 * the call's scope (see `vaultScope`), so what the provider sees together never gives one placeholder two values,
 * and no other client can restore them.
 */
export async function inspectedCall(call: ProxyCall, endpoint: EndpointAdapter): Promise<void> {
  const { request, services, caller } = call.context;
  const started = performance.now();
  const read = await readJsonBody(request, MAX_REQUEST_BYTES);
  const { raw, text, body } =
    endpoint.path === 'responses' || endpoint.path === 'responses/compact' ? answerRefusedCalls(read, call.vaults, `${caller.name}\n${call.adapter.name}\n`) : read;
  const parsed = endpoint.schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, 'invalid_request', `promptgate could not read this request: ${formatPath(issue.path as Array<string | number>) || 'body'}: ${issue.message}`);
  }
  const texts = endpoint.texts(body);
  const { policy, extraRules } = services.policy.active;
  const scope = vaultScope(request, caller.name, call.adapter.name, body, call.vaults);
  const vault = call.vaults.vault(scope);
  let result: Inspection;
  try {
    result = await inspectRequest(
      services.detectPool,
      call.detection,
      texts.map((field, i) => ({ id: String(i), kind: field.kind, name: formatPath(field.path), text: field.text })),
      { policy, context: { client: 'sdk', site: call.target.hostname }, vault, extraRules, hashValue: vaultValueHasher(vault, services.hashValue) },
    );
  } catch (error) {
    if (error instanceof RedactError && error.code === 'vault_full') {
      throw new HttpError(
        429,
        'placeholder_scope_full',
        `promptgate holds too many distinct secrets for this session to keep their placeholders apart (${error.message}); start a new x-promptgate-session or conversation`,
      );
    }
    throw error;
  }
  const info: CallInfo = {
    requester: caller.name,
    provider: call.adapter.name,
    endpoint: call.rest,
    model: endpoint.model(body),
    conversationId: conversationOf(request, call.adapter.name),
    stream: isRecord(body) && body['stream'] === true,
  };
  services.agentRuns.noteModelCall(caller.name, info.conversationId);
  // What the session's log holds already is not logged again (see `LoggedFields`); nothing is, when prompts are not stored.
  const session = `${info.requester}\n${info.conversationId}`;
  const digests = policy.logging.storeMaskedPrompts ? result.segments.map((segment, i) => LoggedFields.digest(texts[i]!.path, segment.maskedText)) : [];
  const transcript = transcriptOf(result, texts, policy, call.logged.logged(session, digests));
  const { eventId } = services.recorder.recordJournaled(
    requestRecord(info, result, texts, transcript, policy, { inspectMs: Math.round((performance.now() - started) * 100) / 100, upstream: call.target.origin }),
  );
  call.logged.remember(
    session,
    transcript.whole.map((i) => digests[i]!),
  );

  if (result.action === 'block') throw new HttpError(403, 'blocked_by_policy', blockedMessage(result, texts, policy));
  const toSend = result.action === 'hold' ? await held(call, result, texts, eventId, info) : result.segments;

  const payload = rewrittenBody(raw, text, body, texts, toSend);
  const headers = upstreamHeaders(request.headers, call.auth, endpoint.respondsWithText);
  headers['content-type'] = 'application/json';
  headers['content-length'] = bodyLength(payload);
  // The body was read decompressed (see `readJsonBody`) and goes out as it was read.
  delete headers['content-encoding'];
  const reply = createReplyText({ vault, restore: policy.restoreResponses, policy, extraRules, ...(call.deps.clock ? { clock: call.deps.clock } : {}) });
  const outcome: ReplyOutcome = { requestEventId: eventId, status: 0, outcome: 'failed', latencyMs: 0, ttfbMs: null, usage: undefined, maskedReply: '', modelSecrets: 0 };
  let recorded = false;
  // Once per call: just before the reply's last bytes go out when it completes, else when it failed.
  const recordReply = () => {
    if (recorded) return;
    recorded = true;
    outcome.latencyMs = performance.now() - started;
    outcome.maskedReply = reply.maskedReply();
    outcome.modelSecrets = reply.modelSecrets();
    try {
      services.recorder.recordJournaled(replyRecord(info, outcome, policy));
    } catch (error) {
      call.deps.onError(error, `recording the reply of ${call.adapter.name} ${call.rest}`);
    }
  };
  try {
    const upstream = await call.deps.client.send(call.target, { method: 'POST', headers, body: payload, cancel: call.cancel });
    outcome.ttfbMs = performance.now() - started;
    outcome.status = upstream.statusCode ?? 502;
    const answered = outcome.status >= 400 ? 'upstream_error' : 'completed';
    let responseId: string | undefined;
    const remember = (id: string) => call.vaults.rememberResponse((responseId = id), scope);
    const gate = rememberingRefusals(
      createToolCallGate({ services, policy, extraRules, info, requestEventId: eventId, cancel: call.cancel }),
      refusalsOfReply(call.vaults, () => responseId),
    );
    await relayReply(call, withResponseIds(withToolCallPolicy(call.adapter.name, endpoint, gate), remember), upstream, reply, (usage) => {
      outcome.usage = usage;
      outcome.outcome = answered;
      recordReply();
    });
    outcome.outcome = answered;
  } catch (error) {
    outcome.outcome = call.cancel.cancelled ? 'client_closed' : 'failed';
    throw error;
  } finally {
    recordReply();
    call.journal.answered(services.recorder, (error) => call.deps.onError(error, 'storing the session-log journal'));
  }
}

/**
 * The endpoint, noting every Responses id its replies carry: a later `previous_response_id` continues the scope.
 * Only the Responses endpoint stores state at the provider, so only its events are parsed twice.
 */
function withResponseIds(endpoint: EndpointAdapter, remember: (id: string) => void): EndpointAdapter {
  if (endpoint.path !== 'responses' || !endpoint.createStreamTransform) return endpoint;
  const createStreamTransform = endpoint.createStreamTransform.bind(endpoint);
  const note = (payload: unknown) => {
    const id = responseIdOf(payload);
    if (id !== undefined) remember(id);
  };
  return {
    ...endpoint,
    transformResponse(body, reply) {
      note(body);
      endpoint.transformResponse(body, reply);
    },
    createStreamTransform(reply): StreamTransform {
      const inner = createStreamTransform(reply);
      let noted = false;
      return {
        ...inner,
        event(event) {
          // The id comes first (`response.created`), before the client could chain to it.
          if (!noted && event.data.includes('"response"')) {
            const id = responseIdOf(jsonPayload(event));
            if (id !== undefined) {
              remember(id);
              noted = true;
            }
          }
          return inner.event(event);
        },
      };
    },
  };
}

/**
 * Sends the reply on: errors as they are, streams and JSON through the reply pipeline. `beforeEnd` gets the
 * usage seen, once the reply is complete and before its last bytes are written.
 */
export async function relayReply(
  call: ProxyCall,
  endpoint: EndpointAdapter,
  upstream: IncomingMessage,
  reply: ReplyText,
  beforeEnd: (usage: Usage | undefined) => void,
): Promise<void> {
  const { response } = call.context;
  const noUsage = () => beforeEnd(undefined);
  if ((upstream.statusCode ?? 502) >= 400) return relayError(response, upstream, call.auth, noUsage);
  const type = String(upstream.headers['content-type'] ?? '');
  if (!endpoint.respondsWithText) return relayRaw(response, upstream, noUsage);
  if (/^text\/event-stream\b/i.test(type) && endpoint.createStreamTransform) {
    const transform = endpoint.createStreamTransform(reply);
    return relaySse(response, upstream, transform, { beforeEnd: () => beforeEnd(transform.usage()), ...(call.deps.clock ? { clock: call.deps.clock } : {}) });
  }
  if (/^application\/json\b/i.test(type)) {
    const bytes = await readAllCapped(decoded(upstream), MAX_REPLY_BYTES);
    if (bytes === undefined) throw new HttpError(502, 'reply_too_large', `the provider's reply is larger than ${MAX_REPLY_BYTES} bytes`);
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      // Not JSON after all: nothing to restore in a way the client could parse either, so it goes on as is.
      return sendRewritten(response, upstream, bytes, noUsage);
    }
    endpoint.transformResponse(json, reply);
    await endpoint.reviewResponse?.(json);
    return sendRewritten(response, upstream, JSON.stringify(json), () => beforeEnd(endpoint.usage(json)));
  }
  return relayRaw(response, upstream, noUsage);
}

/** Creates the approval and waits for it; returns the segments to send once approved. */
async function held(call: ProxyCall, result: Inspection, texts: readonly TextField[], eventId: string, info: CallInfo): Promise<Array<{ id: string; text: string }>> {
  const { services, caller } = call.context;
  const { policy } = services.policy.active;
  const lastPrompt = result.segments.findLast((_segment, i) => texts[i]!.kind === 'prompt');
  // An agent's history can be megabytes: the approver sees the fields with findings and the latest prompt.
  const shown = result.segments.filter((segment) => segment.findings.length > 0 || segment === lastPrompt);
  const approval = services.approvals.create({
    requester: caller.name,
    sessionKind: 'sdk',
    site: call.adapter.name,
    eventId,
    conversationId: info.conversationId,
    maskedSegments: shown.map((segment) => ({ id: formatPath(texts[Number(segment.id)]!.path), text: segment.maskedText })),
    findings: approvalFindings(result, policy),
    segmentsToSend: result.segments.map(({ id, text }) => ({ id, text })),
    timeoutMs: policy.approval.timeoutSeconds * 1000,
  });
  return awaitApproval(services, approval.id, caller.name, describeFindings(result, texts, policy, 'hold'), call.cancel.signal);
}
