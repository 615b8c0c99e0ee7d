import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CLOUDFLARE_API_KEY=59959a9a6c1f3f03e019b8a5811722b99aedb', secret: '59959a9a6c1f3f03e019b8a5811722b99aedb' },
    { text: '{"cloudflare_global_key": "c82a0e5acad57ffa9898ddb055096f0b4fe38", "region": "eu-west-1"}', secret: 'c82a0e5acad57ffa9898ddb055096f0b4fe38' },
    { text: '  cloudflare_global_key: 2789941e62f29614f1c149fd3cd5266da5c49', secret: '2789941e62f29614f1c149fd3cd5266da5c49' },
    { text: 'export CLOUDFLARE_API_KEY="2539f9b37f434b99c87389c32b78d6fc3c299"', secret: '2539f9b37f434b99c87389c32b78d6fc3c299' },
    { text: 'const cloudflareGlobalKey = \'ff39b448574ce535a0a683d74023eaece1ba0\';', secret: 'ff39b448574ce535a0a683d74023eaece1ba0' },
    { text: 'curl -H "X-Auth-Email: ops@acme.io" -H "X-Auth-Key: 5a645631f3501254d38a5366356ab73fe0723" https://api.cloudflare.com/client/v4/zones', secret: '5a645631f3501254d38a5366356ab73fe0723' },
  ],
  negative: [
    'CLOUDFLARE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOUDFLARE_API_KEY=<your-cloudflare-global-api-key-legacy>',
    'CLOUDFLARE_API_KEY=${CLOUDFLARE_API_KEY}',
    'CLOUDFLARE_API_KEY=658f362cb265ff86e5e52aa45f03fe08da',
    'CLOUDFLARE_API_KEY=39a2e406fa43291d789ab30c6cef06354ce26bgs',
    'checksum: 708c8600913638cd12dbeb4d8ea1b317d5c31',
    'const ref = "f7448f70cc811c71a355d8a556bf3b2fa210c";',
  ],
};
export default fixtures;
