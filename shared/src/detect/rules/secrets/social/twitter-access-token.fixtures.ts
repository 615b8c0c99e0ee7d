import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWITTER_ACCESS_TOKEN=723899550992965320-wcYluUfp3szxiZbvqXrpDd98Pizt9SJVxnLCekrs', secret: '723899550992965320-wcYluUfp3szxiZbvqXrpDd98Pizt9SJVxnLCekrs' },
    { text: '{"twitter_access_token": "163151011972487980-sgk0UbQqWUzlKYaabHFcGsVRLvOhD8rQ5uDbv78u"}', secret: '163151011972487980-sgk0UbQqWUzlKYaabHFcGsVRLvOhD8rQ5uDbv78u' },
    { text: 'twitter_access_token: 964384614229929907-PXlh9wdqO8ILkRYvXU9GcBRDUmlwyLbPOMENHMR2', secret: '964384614229929907-PXlh9wdqO8ILkRYvXU9GcBRDUmlwyLbPOMENHMR2' },
    { text: 'export TWITTER_ACCESS_TOKEN="819821240168232891-0YWykhLqqVSp9MI2MpiOKeujREYsSA6EcCxXBvoY"', secret: '819821240168232891-0YWykhLqqVSp9MI2MpiOKeujREYsSA6EcCxXBvoY' },
    { text: 'const twitterAccessToken = \'169822601504995778-VgZuwWFp9z4kKq4LTsbuH530RSnwiB8LhlF1B0wj\';', secret: '169822601504995778-VgZuwWFp9z4kKq4LTsbuH530RSnwiB8LhlF1B0wj' },
  ],
  negative: [
    'TWITTER_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWITTER_ACCESS_TOKEN=${TWITTER_ACCESS_TOKEN}',
    'TWITTER_ACCESS_TOKEN=<your-twitter-access-token>',
    '"etag": "145041973719123568-BKwWOJdTBcXJlYk2qn0eUnJAeJdZv8Rg0AV4Oo0r"',
    'TWITTER_ACCESS_TOKEN=145041973719123568-BKwWOJdTBcXJlYk2qn0eUnJAeJdZv8Rg0AV4Oo0ro0r',
    'TWITTER_ACCESS_TOKEN=145041973719123568-BKwWOJdTBcXJlYk2qn0eUnJAeJdZv8Rg0AV4O',
    'token=586881614784749392-4p35fIM5weKcpTwY2TvVroZkyjnWIas8my4zpZFI',
  ],
};
export default fixtures;
