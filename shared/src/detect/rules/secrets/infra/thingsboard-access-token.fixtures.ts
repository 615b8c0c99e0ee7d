import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'mosquitto_pub -d -q 1 -h mqtt.thingsboard.cloud ... curl -v -X POST https://thingsboard.cloud/api/v1/48iq1s0ksy2myvmwawsm/telemetry -d "{temperature:25}"', secret: '48iq1s0ksy2myvmwawsm' },
    { text: 'coap post coap://tb.acme.local/api/v1/kq0o0wzah68ma7tk62nq/attributes', secret: 'kq0o0wzah68ma7tk62nq' },
  ],
  negative: ['https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry', 'GET /api/v1/devicesandsensors/telemetry', 'https://api.example.com/api/v1/users/attributes'],
};
export default fixtures;
