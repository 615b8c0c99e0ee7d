import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPLUNK_HEC_TOKEN=8738D3A4-11E2-4E36-9157-A03AA867E864', secret: '8738D3A4-11E2-4E36-9157-A03AA867E864' },
    { text: '{"splunk_hec_token": "948BFCBE-5CFC-428C-8B35-2B67FA0DB7AD"}', secret: '948BFCBE-5CFC-428C-8B35-2B67FA0DB7AD' },
    { text: 'splunk_hec_token: 48904C79-A6F0-4CEB-8D6F-5FC0F1AA05EB', secret: '48904C79-A6F0-4CEB-8D6F-5FC0F1AA05EB' },
    { text: 'export SPLUNK_HEC_TOKEN="C9699FBF-E4AA-49AB-B774-8FD90FB735A2"', secret: 'C9699FBF-E4AA-49AB-B774-8FD90FB735A2' },
    { text: 'const splunkHecToken = \'E0746AE2-6F67-4253-B9E9-3D8FD232127B\';', secret: 'E0746AE2-6F67-4253-B9E9-3D8FD232127B' },
  ],
  negative: [
    'SPLUNK_HEC_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
    'SPLUNK_HEC_TOKEN=<your-splunk-hec-token>',
    '"etag": "C18CB58C-5E1D-47EB-B8A9-F51CFA9788A8"',
    'SPLUNK_HEC_TOKEN=C18CB58C-5E1D-47EB-B8A9-F51CFA9788A88A8',
    'SPLUNK_HEC_TOKEN=C18CB58C-5E1D-47EB-B8A9-F51CFA978',
    'trace_id: 028498E9-8DB3-4999-94E4-850FA27CFF27',
  ],
};
export default fixtures;
