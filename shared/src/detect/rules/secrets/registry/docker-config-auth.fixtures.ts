import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '{"auths": {"https://index.docker.io/v1/": {"auth": "N24zd3o3ajM6OE5ab0gwVXZnZFc5dkIwbw=="}}}', secret: 'N24zd3o3ajM6OE5ab0gwVXZnZFc5dkIwbw==' },
    { text: '      "auth": "d3RjYzZrNGI6M01IMjF5MFlFNnc2WFhpRw=="', secret: 'd3RjYzZrNGI6M01IMjF5MFlFNnc2WFhpRw==' },
    { text: '{"auths":{"ghcr.io":{"auth":"N3U0OW93eTI6elJOdkdaUmdTbzk1ZEI0aA=="}}}', secret: 'N3U0OW93eTI6elJOdkdaUmdTbzk1ZEI0aA==' },
  ],
  negative: [
    'AUTH=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AUTH=<your-docker-config-auth>',
    'AUTH=${AUTH}',
    'checksum: YjdpdjYwMmo6cTBCNlptbjQ3T2x6Y0ltTQ==',
    'const ref = "NmxyNHAweG06RE5PRVo0UVp0akdZT1lBMw==";',
    '{"auth": "eTFZSnN0V1dXYmFQbHZwYVRNVXI0WFhG"}',
    '{"token": "Y3FqM2lkaTg6TnRVYUxsNjlMb3d3ME5sSQ=="}',
  ],
};
export default fixtures;
