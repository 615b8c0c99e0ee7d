import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'FLWSECK_TEST-31aa9edb5a04',
    { text: 'FLW_ENCRYPTION_KEY=FLWSECK_TEST47f158f89a7e', secret: 'FLWSECK_TEST47f158f89a7e' },
    { text: 'encryption_key: "FLWSECK_TEST-6C91DHCDB65F"', secret: 'FLWSECK_TEST-6C91DHCDB65F' },
  ],
  negative: [
    'FLW_ENCRYPTION_KEY=${FLW_ENCRYPTION_KEY}',
    'FLW_ENCRYPTION_KEY=FLWSECK_TESTxxxxxxxxxxxx',
    'FLW_SECRET_KEY=FLWSECK_TEST-3f5f116cf7b76880490b9585f73bcb8b-X',
    'FLW_ENCRYPTION_KEY=FLWSECK_TEST-12542fb150d36',
  ],
};
export default fixtures;
