import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SUMOLOGIC_ACCESS_KEY=Va9NBdjGoZAJlO8BDMawzJ5JQzSZEfjWjlGbHFnFNlJDlIxZzj5BYFzzLpiGL3sD', secret: 'Va9NBdjGoZAJlO8BDMawzJ5JQzSZEfjWjlGbHFnFNlJDlIxZzj5BYFzzLpiGL3sD' },
    { text: '{"sumologic_access_key": "RPnHmr1zNWLfuwUQY53S318WOav3NtQokcEtioADlxRKyYQ3s4bMNpaRTxZcm7nY"}', secret: 'RPnHmr1zNWLfuwUQY53S318WOav3NtQokcEtioADlxRKyYQ3s4bMNpaRTxZcm7nY' },
    { text: 'sumologic_access_key: sMsAAiQIpbTSqD1amEyRbiAl74gjbQVJccIWvZQjQVnrY5aiHuu4HgASG14TG2fY', secret: 'sMsAAiQIpbTSqD1amEyRbiAl74gjbQVJccIWvZQjQVnrY5aiHuu4HgASG14TG2fY' },
    { text: 'export SUMOLOGIC_ACCESS_KEY="ywHbSIt6qwHd3JGhZEfScKrp3CoykBp9jR1g2DzqMWhYf3ESAi5AWF6kIOzwWXTY"', secret: 'ywHbSIt6qwHd3JGhZEfScKrp3CoykBp9jR1g2DzqMWhYf3ESAi5AWF6kIOzwWXTY' },
    { text: 'const sumologicAccessKey = \'x7co4NO0FCau9z8psOBDvtmX60aPxrDtMI2ogyNyxy2Sp5xNX9kxmFNddP4z6b7a\';', secret: 'x7co4NO0FCau9z8psOBDvtmX60aPxrDtMI2ogyNyxy2Sp5xNX9kxmFNddP4z6b7a' },
  ],
  negative: [
    'SUMOLOGIC_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SUMOLOGIC_ACCESS_KEY=${SUMOLOGIC_ACCESS_KEY}',
    'SUMOLOGIC_ACCESS_KEY=<your-sumologic-access-key>',
    '"etag": "Vb0B4Ks4UrOi5uNejaq0BvULVnL7rxsVkN0113CgH5QxmFHJTQoBGZRfEc4RXnUG"',
    'SUMOLOGIC_ACCESS_KEY=Vb0B4Ks4UrOi5uNejaq0BvULVnL7rxsVkN0113CgH5QxmFHJTQoBGZRfEc4RXnUGnUG',
    'SUMOLOGIC_ACCESS_KEY=Vb0B4Ks4UrOi5uNejaq0BvULVnL7rxsVkN0113CgH5QxmFHJTQoBGZRfEc4RX',
    'key: nVPqVWK4KNMh2eF1pETukc6vnSOIkgHtN3zN9vCnTCPvtKtLdaw3MfnA6uUJkjX6',
  ],
};
export default fixtures;
