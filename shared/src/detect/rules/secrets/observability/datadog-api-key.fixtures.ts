import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DD_API_KEY=8f4c69d5c6d4826bbf9b218718942591', secret: '8f4c69d5c6d4826bbf9b218718942591' },
    { text: '{"dd_api_key": "a6240402f338252490221f068f67826b"}', secret: 'a6240402f338252490221f068f67826b' },
    { text: 'dd_api_key: 24a15366ff6745ac3a17edb3ebbb6263', secret: '24a15366ff6745ac3a17edb3ebbb6263' },
    { text: 'export DD_API_KEY="e31aeeaa6670577be1ad1a6fbd500d32"', secret: 'e31aeeaa6670577be1ad1a6fbd500d32' },
    { text: 'const ddApiKey = \'c52d30f92bfe9be25e437c5183e55c37\';', secret: 'c52d30f92bfe9be25e437c5183e55c37' },
  ],
  negative: [
    'DD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DD_API_KEY=${DD_API_KEY}',
    'DD_API_KEY=<your-datadog-api-key>',
    '"etag": "94411915a80a8ebb8736646c0057cd6d"',
    'DD_API_KEY=94411915a80a8ebb8736646c0057cd6dd6d',
    'DD_API_KEY=94411915a80a8ebb8736646c0057c',
    'Datadog trace_id=4bf92f3577b34da6a3ce929d0e0e4736',
  ],
};
export default fixtures;
