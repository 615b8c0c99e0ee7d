import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InspectResponse } from '@promptgate/shared';
import { startGateway } from '../../desktop/src/app/start-gateway';

/**
 * A policy with every verdict reachable from plain text: PII warns, secrets redact (the default action),
 * one keyword holds for approval and another blocks. After a warning the person may send the original.
 */
const POLICY = `version: 1
name: ui test policy
detectors:
  - { category: pii, action: warn }
warn: { allowSendOriginal: true, requireJustification: true }
custom:
  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold }
  - { id: nightfall, kind: keywords, keywords: [Operation Nightfall], action: block }
`;

export interface UiGateway {
  url: string;
  uiUrl: string;
  token: string;
  /** Sends a prompt the way the extension does; returns the gateway's answer. */
  inspect(text: string, options?: { site?: string; conversationId?: string }): Promise<InspectResponse>;
  /** The extension's long-poll on a held prompt. */
  approvalState(id: string, waitSeconds: number): Promise<{ status: string; decidedBy?: string; reason?: string; segments?: Array<{ id: string; text: string }> }>;
  /** Calls the UI API as the local UI does, with the cookie from the printed link. */
  ui(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

export async function startUiGateway(policy = POLICY): Promise<UiGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-ui-'));
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, policy);
  const gateway = await startGateway({ port: 0, dataDir: join(dir, 'data'), policyFile, onError: (error) => console.error(error) });
  const token = gateway.auth.tokens.create('extension', 'test');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let segment = 0;
  return {
    url: gateway.url,
    // Each link opens the UI once: every read is a new one.
    get uiUrl() {
      return gateway.uiUrl;
    },
    token,
    async inspect(text, options = {}) {
      const site = options.site ?? 'chatgpt.com';
      const response = await fetch(`${gateway.url}/api/inspect`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          source: { site, url: `https://${site}/c/1` },
          conversationId: options.conversationId ?? 'conversation-1',
          segments: [{ id: `s${++segment}`, kind: 'prompt', text }],
        }),
      });
      if (!response.ok) throw new Error(`inspect answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as InspectResponse;
    },
    async approvalState(id, waitSeconds) {
      const response = await fetch(`${gateway.url}/api/approvals/${id}?wait=${waitSeconds}`, { headers });
      if (!response.ok) throw new Error(`approval state answered ${response.status}`);
      return (await response.json()) as Awaited<ReturnType<UiGateway['approvalState']>>;
    },
    async ui(path, init = {}) {
      const login = await fetch(gateway.uiUrl, { redirect: 'manual' });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      return fetch(`${gateway.url}/ui/api/${path}`, {
        method: init.method ?? 'GET',
        headers: { cookie, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    },
    async close() {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
