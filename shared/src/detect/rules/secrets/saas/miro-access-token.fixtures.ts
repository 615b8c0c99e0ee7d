import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_AcBtV9o61X9wM7MWiXn9d2JBQw0',
    { text: 'MIRO_ACCESS_TOKEN=eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_gUowmqCQ8RtGy9WA4HBszARCsIo', secret: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_gUowmqCQ8RtGy9WA4HBszARCsIo' },
    { text: '{"miro_access_token": "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_PM_glP6Hy9ejlWQyPwjzVAWrQFu"}', secret: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_PM_glP6Hy9ejlWQyPwjzVAWrQFu' },
    { text: 'miro_access_token: eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_0o2MbXfG_dadyl2VGy6VACZM5Fy', secret: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_0o2MbXfG_dadyl2VGy6VACZM5Fy' },
    { text: 'export MIRO_ACCESS_TOKEN="eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_mbZSzev-8VVg5sc0wUJWC24SJXp"', secret: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_mbZSzev-8VVg5sc0wUJWC24SJXp' },
    { text: 'const miroAccessToken = \'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_VN_Pibf0AxC3GuqZ4rf4JxtVMON\';', secret: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_VN_Pibf0AxC3GuqZ4rf4JxtVMON' },
  ],
  negative: [
    'MIRO_ACCESS_TOKEN=eyJtaXJvLm9yaWdpbiI6xxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MIRO_ACCESS_TOKEN=${MIRO_ACCESS_TOKEN}',
    'MIRO_ACCESS_TOKEN=<your-miro-access-token>',
  ],
};
export default fixtures;
