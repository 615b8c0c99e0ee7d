import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'tk-us-jgjHuq-5Qm1vkS7lCBBEVRY0t3j6-CMvbw-eETrb3wn9rfqi',
    { text: 'SCALINGO_API_TOKEN=tk-us-4qe7rf0y9v8_0w95hn3blw8mepzzqln2bwt31b-seeybo-vx', secret: 'tk-us-4qe7rf0y9v8_0w95hn3blw8mepzzqln2bwt31b-seeybo-vx' },
    { text: 'scalingo_api_token = "tk-us-E2JZDXPYT5L2FGJUD-EZJ0IS9U2E356EDM4S19C14ZYWBC9C"', secret: 'tk-us-E2JZDXPYT5L2FGJUD-EZJ0IS9U2E356EDM4S19C14ZYWBC9C' },
    { text: 'export SCALINGO_API_TOKEN="tk-us-jgjHuq-5Qm1vkS7lCBBEVRY0t3j6-CMvbw-eETrb3wn9rfqi"', secret: 'tk-us-jgjHuq-5Qm1vkS7lCBBEVRY0t3j6-CMvbw-eETrb3wn9rfqi' },
  ],
  negative: [
    'SCALINGO_API_TOKEN=tk-us-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SCALINGO_API_TOKEN=${SCALINGO_API_TOKEN}',
    'SCALINGO_API_TOKEN=tk-us-jgjHuq-5Qm1vkS7lCBBEVRY0t3j6-CMvbw-eETrb3wn9rfq',
    'cluster: tk-us-east-1-production-cluster-workers-nodegroup-1',
  ],
};
export default fixtures;
