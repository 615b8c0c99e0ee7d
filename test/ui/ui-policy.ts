/**
 * The UI suites' policy, with every verdict reachable from plain text: PII warns, secrets redact (the default
 * action), one keyword holds for approval and another blocks. After a warning the person may send the original.
 */
export const UI_POLICY = `version: 1
name: ui test policy
detectors:
  - { category: pii, action: warn }
warn: { allowSendOriginal: true, requireJustification: true }
custom:
  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold }
  - { id: nightfall, kind: keywords, keywords: [Operation Nightfall], action: block }
`;
