import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AKIAUDUM4J7RS6T2XUVM',
    { text: 'AWS_ACCESS_KEY_ID=AKIAVW7DWX74P7PGHGJB', secret: 'AKIAVW7DWX74P7PGHGJB' },
    { text: '{"aws_access_key_id": "AKIAERAHMANSXQYMNI4E", "region": "eu-west-1"}', secret: 'AKIAERAHMANSXQYMNI4E' },
    { text: '  aws_access_key_id: AKIAUQZE4DO7THZKV2B2', secret: 'AKIAUQZE4DO7THZKV2B2' },
    { text: 'export AWS_ACCESS_KEY_ID="AKIAA7AK5DHQ5I4BXHIW"', secret: 'AKIAA7AK5DHQ5I4BXHIW' },
    { text: 'const awsAccessKeyId = \'AKIAH76N24TB65B7AJ6I\';', secret: 'AKIAH76N24TB65B7AJ6I' },
  ],
  negative: [
    'AWS_ACCESS_KEY_ID=AKIAxxxxxxxxxxxxxxxx',
    'AWS_ACCESS_KEY_ID=<your-aws-access-key-id>',
    'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}',
    'AWS_ACCESS_KEY_ID=AKIA2LSB4SLJ24AQY',
    'AWS_ACCESS_KEY_ID=AKIAJERKUEEGKSZHCMTGlqi',
    'AKIAIOSFODNN7EXAMPLE',
    'aws_access_key_id = akiatpxy56eg6uojdbc3',
    'AKIA_ROTATION_POLICY_DOCS',
  ],
};
export default fixtures;
