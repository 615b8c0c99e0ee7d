/** The policy the browser suites run under: one rule per verdict, so each is reachable with one phrase. */
export const E2E_POLICY = `version: 7
name: e2e policy
detectors:
  - { type: '*private-key*', action: block }
  - { category: secret, action: redact }
  - { category: pii, action: warn }
custom:
  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold, title: Project Falcon }
  - { id: nightjar, kind: keywords, keywords: [Operation Nightjar], action: block, title: Operation Nightjar }
approval: { timeoutSeconds: 120 }
warn: { allowSendOriginal: true, requireJustification: true }
`;

export const SECRETS = {
  github: 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u',
  email: 'dana.kowalski@fabrikam-mail.com',
};
