import { describe, expect, it } from 'vitest';
import { detect } from '../detect/detect';
import { createStreamRestorer } from '../redact/stream-restore';
import { redact } from '../redact/redact';
import { restore } from '../redact/restore';
import { Vault } from '../redact/vault';
import { compileCustomDetectors } from './custom-detectors';
import { decide } from './decide';
import { loadPolicy } from './load';

describe('detect → decide → redact → restore with a custom detector', () => {
  it('redacts what policy says to redact and restores it in a streamed answer', () => {
    const loaded = loadPolicy(`
version: 1
name: pipeline
custom:
  - { id: customer-id, kind: regex, pattern: 'CUST-\\d{4}', action: redact }
  - { id: codename, kind: keywords, keywords: [Bluebird], action: allow }
`);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const extraRules = compileCustomDetectors(loaded.policy.custom);
    const prompt = 'Bluebird: why is CUST-1234 billed twice? CUST-1234 and CUST-9999 share an invoice.';
    const findings = detect(prompt, { extraRules });
    const verdict = decide(findings, { site: 'chatgpt.com' }, loaded.policy);
    expect(verdict.action).toBe('redact');

    const vault = new Vault();
    const redactActions = new Set(verdict.findings.filter((f) => f.action === 'redact').map((f) => f.index));
    const out = redact(prompt, findings, vault, { include: (_f, i) => redactActions.has(i) });
    expect(out.text).toBe('Bluebird: why is [CUSTOM_CUSTOMER_ID_1] billed twice? [CUSTOM_CUSTOMER_ID_1] and [CUSTOM_CUSTOMER_ID_2] share an invoice.');

    const answer = 'Both [CUSTOM_CUSTOMER_ID_1] and [CUSTOM_CUSTOMER_ID_2] point to one invoice.';
    const restorer = createStreamRestorer(vault);
    const streamed = [answer.slice(0, 12), answer.slice(12, 30), answer.slice(30)].map((c) => restorer.push(c)).join('') + restorer.flush();
    expect(streamed).toBe(restore(answer, vault));
    expect(streamed).toBe('Both CUST-1234 and CUST-9999 point to one invoice.');
  });
});
