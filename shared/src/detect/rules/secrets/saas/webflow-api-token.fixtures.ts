import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WEBFLOW_API_TOKEN=05f9a82b61271e69dac86219436180f761709022b77584aae98ca5dc29157652', secret: '05f9a82b61271e69dac86219436180f761709022b77584aae98ca5dc29157652' },
    { text: '{"webflow_api_token": "c6c518f45645727c115056da80476728c99ea1ee374fd33e172bbd1db6f56e83"}', secret: 'c6c518f45645727c115056da80476728c99ea1ee374fd33e172bbd1db6f56e83' },
    { text: 'webflow_api_token: ed676f88315cdf0951bc7d4b405606ba193b73e33ec8a694718aececbeb38342', secret: 'ed676f88315cdf0951bc7d4b405606ba193b73e33ec8a694718aececbeb38342' },
    { text: 'export WEBFLOW_API_TOKEN="2958b9de166d600aab3b272c3c6e4383811c170b12e2bc5e69d5560872bb7cdf"', secret: '2958b9de166d600aab3b272c3c6e4383811c170b12e2bc5e69d5560872bb7cdf' },
    { text: 'const webflowApiToken = \'c6c0b4dd8dd91a420e95353fea4f587545f77393c1dd3be5dfacb00519c336b0\';', secret: 'c6c0b4dd8dd91a420e95353fea4f587545f77393c1dd3be5dfacb00519c336b0' },
  ],
  negative: [
    'WEBFLOW_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'WEBFLOW_API_TOKEN=${WEBFLOW_API_TOKEN}',
    'WEBFLOW_API_TOKEN=<your-webflow-api-token>',
    '"etag": "25699f21f7b6758362efbe1530e778ffd61fa1ed81aa9c7e18b12b1eaf038018"',
    'WEBFLOW_API_TOKEN=25699f21f7b6758362efbe1530e778ffd61fa1ed81aa9c7e18b12b1eaf038018018',
    'WEBFLOW_API_TOKEN=25699f21f7b6758362efbe1530e778ffd61fa1ed81aa9c7e18b12b1eaf038',
    'sha = "4b77b083aa5962269e3683fd02ea9ec5661bf60b4f26caaff7528668a214792e"',
  ],
};
export default fixtures;
