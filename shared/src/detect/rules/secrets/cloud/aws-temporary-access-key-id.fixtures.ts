import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ASIACLDFCMAOLXENJ2O6',
    { text: 'AWS_ACCESS_KEY_ID=ASIAOS6VXVNSGBADTYEU', secret: 'ASIAOS6VXVNSGBADTYEU' },
    { text: '{"aws_access_key_id": "ASIAKQCRQNHSSE2MT3DQ", "region": "eu-west-1"}', secret: 'ASIAKQCRQNHSSE2MT3DQ' },
    { text: '  aws_access_key_id: ASIAYCZ7B6B56LFECOPG', secret: 'ASIAYCZ7B6B56LFECOPG' },
    { text: 'export AWS_ACCESS_KEY_ID="ASIA5Y55IAXBI7XJLC3J"', secret: 'ASIA5Y55IAXBI7XJLC3J' },
    { text: 'const awsAccessKeyId = \'ASIAGX4ZR6S45X24R4DG\';', secret: 'ASIAGX4ZR6S45X24R4DG' },
  ],
  negative: [
    'AWS_ACCESS_KEY_ID=ASIAxxxxxxxxxxxxxxxx',
    'AWS_ACCESS_KEY_ID=<your-aws-temporary-access-key-id>',
    'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}',
    'AWS_ACCESS_KEY_ID=ASIA2EJQBBQZRGBVA',
    'AWS_ACCESS_KEY_ID=ASIADGRJ2JC3OGRTCJNK2QW',
    'region_group: ASIAPACIFICSOUTHEAST',
    'ASIA_PACIFIC_NORTHEAST_REGION',
  ],
};
export default fixtures;
