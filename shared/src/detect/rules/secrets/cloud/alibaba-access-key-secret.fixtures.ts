import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=zYfWMlorWgHfv8LOdl0PKiwLpPWw0l', secret: 'zYfWMlorWgHfv8LOdl0PKiwLpPWw0l' },
    { text: '{"alicloud_secret_key": "mVmZabKE8LvvVX8LNrSMTVzP61ECoF", "region": "eu-west-1"}', secret: 'mVmZabKE8LvvVX8LNrSMTVzP61ECoF' },
    { text: '  alicloud_secret_key: Kq3oq9ZLNDf7IsubbYVPCzJAElHzvo', secret: 'Kq3oq9ZLNDf7IsubbYVPCzJAElHzvo' },
    { text: 'export ALIBABA_CLOUD_ACCESS_KEY_SECRET="QVESmbXqCUjnQfTDeHirCU20FUVQHd"', secret: 'QVESmbXqCUjnQfTDeHirCU20FUVQHd' },
    { text: 'const alicloudSecretKey = \'B1WETlwkPBwZW72HxlsVeuRvr41nkU\';', secret: 'B1WETlwkPBwZW72HxlsVeuRvr41nkU' },
  ],
  negative: [
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET=<your-alibaba-access-key-secret>',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET=ZK2SOQlNVQQVG8nx5mbrsOqig79',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET=n6BTyvVHlniyInpFAEGWWQftiaHKlmnm8',
    'checksum: jw5Tarpp3M2S1ybFgfjLPIBUtyk925',
    'const ref = "LPWMToPSrgHFUAw9nfYjexFLI0yfGi";',
  ],
};
export default fixtures;
