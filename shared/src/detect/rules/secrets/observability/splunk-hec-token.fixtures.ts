import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPLUNK_HEC_TOKEN=4F7238BF-BAE1-4B9D-9D7A-2BD012E73307', secret: '4F7238BF-BAE1-4B9D-9D7A-2BD012E73307' },
    { text: '{"splunk_hec_token": "8ADC355C-D571-4999-B680-01A0F7DACE9E"}', secret: '8ADC355C-D571-4999-B680-01A0F7DACE9E' },
    { text: 'splunk_hec_token: 897F3D08-8FDD-4247-8B07-A9FB7F40686B', secret: '897F3D08-8FDD-4247-8B07-A9FB7F40686B' },
    { text: 'export SPLUNK_HEC_TOKEN="5275AC6B-0658-413E-856A-7E7478B59BED"', secret: '5275AC6B-0658-413E-856A-7E7478B59BED' },
    { text: 'const splunkHecToken = \'87A2818A-87BC-4101-AE8F-624E70D273A1\';', secret: '87A2818A-87BC-4101-AE8F-624E70D273A1' },
  ],
  negative: [
    'SPLUNK_HEC_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
    'SPLUNK_HEC_TOKEN=<your-splunk-hec-token>',
    '"etag": "C0BBF226-0F2C-455A-9DEA-0BCC1A050811"',
    'SPLUNK_HEC_TOKEN=C0BBF226-0F2C-455A-9DEA-0BCC1A050811811',
    'SPLUNK_HEC_TOKEN=C0BBF226-0F2C-455A-9DEA-0BCC1A050',
    'trace_id: D2C27C60-1185-439E-A61C-3BEF124170A8',
  ],
};
export default fixtures;
