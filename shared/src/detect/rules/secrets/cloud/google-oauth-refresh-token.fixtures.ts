import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '1//0keTSwuCtRK50sKxKdhki77FUarcJgCwGEUU-0LD1BphZL7HJhuTO3z3DukzK_Q2BF3K8j6l6Tz2FyvGCYnabhdessLAqTOkkiGj',
    { text: 'GOOGLE_REFRESH_TOKEN=1//0ymakFSzFPneVudqqD866cZxcR8rbXIfQ66Ux5YsdEemmcIwjwWwt4V2UlaCdyQUSohLxsKOHBa3vSbio4-aSPJQ-_QyjwMd-Jc4', secret: '1//0ymakFSzFPneVudqqD866cZxcR8rbXIfQ66Ux5YsdEemmcIwjwWwt4V2UlaCdyQUSohLxsKOHBa3vSbio4-aSPJQ-_QyjwMd-Jc4' },
    { text: '{"refresh_token": "1//0faFtvfHCZI0fhuii8rS5e36eSS2zgvYcJ8KXIVRyajnhkcc_irYfPjxotN_gMjVx3550P3V9Ebgr1ub1MtEOIIPd0hw-_pMfTMf", "region": "eu-west-1"}', secret: '1//0faFtvfHCZI0fhuii8rS5e36eSS2zgvYcJ8KXIVRyajnhkcc_irYfPjxotN_gMjVx3550P3V9Ebgr1ub1MtEOIIPd0hw-_pMfTMf' },
    { text: '  refresh_token: 1//03VVT23BHM1E0QARoCedJaEVtiHRD1PYsoWghIkk4QMxDP0Kd6lcfpQVf8CsnwyMyu9-tX3ZfHtm8ZqSav_cAiU9CabPiNgqZc5q', secret: '1//03VVT23BHM1E0QARoCedJaEVtiHRD1PYsoWghIkk4QMxDP0Kd6lcfpQVf8CsnwyMyu9-tX3ZfHtm8ZqSav_cAiU9CabPiNgqZc5q' },
    { text: 'export GOOGLE_REFRESH_TOKEN="1//05Z1FquXqHRbMSKDpBhXe68_qPjXQr6Px4ml-U9XsxiJMj260f6g9WRMWHwtQWVY4j6kQoEOu7-UhUH0N4FJ7WmWNy2DrxnJx-PD"', secret: '1//05Z1FquXqHRbMSKDpBhXe68_qPjXQr6Px4ml-U9XsxiJMj260f6g9WRMWHwtQWVY4j6kQoEOu7-UhUH0N4FJ7WmWNy2DrxnJx-PD' },
    { text: 'const refreshToken = \'1//08ocGrdxo-uTmHHeQmgvRSB7ZklucW90ttriDmUU5SbTh-NE2Pd4SSCjz8GTLQq7RB-wHfx4_pxj2KcgCtElxOpj4MsuC3dly7p_\';', secret: '1//08ocGrdxo-uTmHHeQmgvRSB7ZklucW90ttriDmUU5SbTh-NE2Pd4SSCjz8GTLQq7RB-wHfx4_pxj2KcgCtElxOpj4MsuC3dly7p_' },
  ],
  negative: [
    'GOOGLE_REFRESH_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GOOGLE_REFRESH_TOKEN=<your-google-oauth-refresh-token>',
    'GOOGLE_REFRESH_TOKEN=${GOOGLE_REFRESH_TOKEN}',
    '1//0short-value',
    'path //0EDC-QJ8ryU1OSJ245mgljMloEni5PsjX4AQ3A78sa7WYBHjPdua64CSeE4XY',
  ],
};
export default fixtures;
