import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'FLWSECK-2588a25b649ee097b252028a31088777-X',
    { text: 'FLW_SECRET_KEY=FLWSECK-e1a56933f8678121354b5f78da43608f-X', secret: 'FLWSECK-e1a56933f8678121354b5f78da43608f-X' },
    { text: '{"flutterwave_secret_key": "FLWSECK-b13e89beb106b7111ff201dbe653b425-X", "region": "eu-west-1"}', secret: 'FLWSECK-b13e89beb106b7111ff201dbe653b425-X' },
    { text: '  flutterwave_secret_key: FLWSECK-d260189d1861e75f70e5fa5b6c43fcdb-X', secret: 'FLWSECK-d260189d1861e75f70e5fa5b6c43fcdb-X' },
    { text: 'export FLW_SECRET_KEY="FLWSECK-90a1ce332ce0e7723d79f89a48cb7f2f-X"', secret: 'FLWSECK-90a1ce332ce0e7723d79f89a48cb7f2f-X' },
    { text: 'const flutterwaveSecretKey = \'FLWSECK-9e8355272b6242f2acb778a1389d4338-X\';', secret: 'FLWSECK-9e8355272b6242f2acb778a1389d4338-X' },
    'FLWSECK_TEST-111B994F7D6FH6D2H39FE787G9C58BBA-X',
  ],
  negative: [
    'FLW_SECRET_KEY=FLWSECKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FLW_SECRET_KEY=<your-flutterwave-secret-key>',
    'FLW_SECRET_KEY=${FLW_SECRET_KEY}',
    'FLW_SECRET_KEY=FLWSECK-fb213ce633c46f40a29d585f94546ba',
    'FLW_SECRET_KEY=FLWSECK-2d74feb43ed4edeac38fa911a387d412-Xq',
  ],
};
export default fixtures;
