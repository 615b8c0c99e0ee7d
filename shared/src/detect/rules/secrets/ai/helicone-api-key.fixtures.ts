import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-helicone-wxluaxd-5trfjpp-uf2q1o7-ingoxx0',
    { text: 'HELICONE_API_KEY=sk-helicone-y90whsy-t1xdhhr-sm52pve-x320mwu', secret: 'sk-helicone-y90whsy-t1xdhhr-sm52pve-x320mwu' },
    { text: '{"helicone_api_key": "sk-helicone-5sts2hg-j88omqd-avmty9j-8jyizi9"}', secret: 'sk-helicone-5sts2hg-j88omqd-avmty9j-8jyizi9' },
    { text: 'helicone_api_key: sk-helicone-kb8egxp-1dv6hoe-98nqafn-oi5umk1', secret: 'sk-helicone-kb8egxp-1dv6hoe-98nqafn-oi5umk1' },
    { text: 'export HELICONE_API_KEY="sk-helicone-2383x80-t0dn2fx-1ni3jhz-mhzc6kn"', secret: 'sk-helicone-2383x80-t0dn2fx-1ni3jhz-mhzc6kn' },
    { text: 'const heliconeApiKey = \'sk-helicone-qinp51t-i3pvjnp-mg5suwa-gwqwdxk\';', secret: 'sk-helicone-qinp51t-i3pvjnp-mg5suwa-gwqwdxk' },
  ],
  negative: [
    'HELICONE_API_KEY=sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx',
    'HELICONE_API_KEY=${HELICONE_API_KEY}',
    'HELICONE_API_KEY=<your-helicone-api-key>',
  ],
};
export default fixtures;
