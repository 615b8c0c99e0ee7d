import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPLUNK_HEC_TOKEN=8FD539BB-F550-468E-8B47-512E72BE06F0', secret: '8FD539BB-F550-468E-8B47-512E72BE06F0' },
    { text: '{"splunk_hec_token": "C509288A-45CF-4294-86C8-EFE00A1E3449"}', secret: 'C509288A-45CF-4294-86C8-EFE00A1E3449' },
    { text: 'splunk_hec_token: 6AD88F95-D5D6-4963-A859-F72BF1095A55', secret: '6AD88F95-D5D6-4963-A859-F72BF1095A55' },
    { text: 'export SPLUNK_HEC_TOKEN="BB042784-F1AD-4752-A06E-B556AC0B3625"', secret: 'BB042784-F1AD-4752-A06E-B556AC0B3625' },
    { text: 'const splunkHecToken = \'D47F3CD1-1278-4603-AFF5-F245E06C9C13\';', secret: 'D47F3CD1-1278-4603-AFF5-F245E06C9C13' },
  ],
  negative: [
    'SPLUNK_HEC_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
    'SPLUNK_HEC_TOKEN=<your-splunk-hec-token>',
    '"etag": "4B3B603F-7CEB-4191-BD21-A097D9B3C6A0"',
    'SPLUNK_HEC_TOKEN=4B3B603F-7CEB-4191-BD21-A097D9B3C6A06A0',
    'SPLUNK_HEC_TOKEN=4B3B603F-7CEB-4191-BD21-A097D9B3C',
    'trace_id: 42A57A6C-E63D-472E-B28B-296EAD2701FA',
  ],
};
export default fixtures;
