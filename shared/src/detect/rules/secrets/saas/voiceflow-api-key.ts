import { tokenRule } from '../../../define';

/** Voiceflow Dialog Manager API key: `VF.DM.` (or `VF.WS.` for a workspace) + 24 hex + `.` + 16 base62. */
export const voiceflowApiKey = tokenRule({
  id: 'voiceflow-api-key',
  title: 'Voiceflow API key',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['VF.DM.', 'VF.WS.'],
  pattern: /VF\.(?:DM|WS)\.[a-f0-9]{24}\.[A-Za-z0-9]{16}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, after: 6 },
});
