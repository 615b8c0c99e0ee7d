import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CHOCOLATEY_API_KEY=eedc9982-af87-401b-891a-3b0a0e3490bc', secret: 'eedc9982-af87-401b-891a-3b0a0e3490bc' },
    { text: '{"choco_api_key": "7bdf041c-95f0-492a-9f35-c974713e5e9d", "region": "eu-west-1"}', secret: '7bdf041c-95f0-492a-9f35-c974713e5e9d' },
    { text: '  choco_api_key: b6a2b978-1c93-4c78-805a-c5fa6eabdbbc', secret: 'b6a2b978-1c93-4c78-805a-c5fa6eabdbbc' },
    { text: 'export CHOCOLATEY_API_KEY="6cf06cae-599a-4ce5-aa91-99a7945699e9"', secret: '6cf06cae-599a-4ce5-aa91-99a7945699e9' },
    { text: 'const chocoApiKey = \'a580a151-8e3b-4eb6-85b2-d661063988bf\';', secret: 'a580a151-8e3b-4eb6-85b2-d661063988bf' },
    { text: 'choco apikey --key 2ad85d70-e371-4065-bede-f91447d74729 --source https://push.chocolatey.org/', secret: '2ad85d70-e371-4065-bede-f91447d74729' },
  ],
  negative: [
    'CHOCOLATEY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CHOCOLATEY_API_KEY=<your-chocolatey-api-key>',
    'CHOCOLATEY_API_KEY=${CHOCOLATEY_API_KEY}',
    'CHOCOLATEY_API_KEY=e694a429-8dbd-4afe-89a4-803105c85',
    'CHOCOLATEY_API_KEY=2e4486e3-bb8d-4246-a329-e6ebe1231d7fQ8o',
    'checksum: d4cecfea-af4a-4364-bbd6-4487fc3fb1c7',
    'const ref = "f0b65ad7-cd99-4da0-ab2b-f37f513d3f9b";',
  ],
};
export default fixtures;
