import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPACES_ACCESS_KEY_ID=DO007RSIGY2XQADTDHJC', secret: 'DO007RSIGY2XQADTDHJC' },
    { text: '{"spaces_access_key": "DO001G0MTS49ZUEBOFL4", "region": "eu-west-1"}', secret: 'DO001G0MTS49ZUEBOFL4' },
    { text: '  spaces_access_key: DO00HKSQYXIJFTW7ZB5P', secret: 'DO00HKSQYXIJFTW7ZB5P' },
    { text: 'export SPACES_ACCESS_KEY_ID="DO00KLUM6QQ997WKESQT"', secret: 'DO00KLUM6QQ997WKESQT' },
    { text: 'const spacesAccessKey = \'DO00XSNTOG1GA8L96OUG\';', secret: 'DO00XSNTOG1GA8L96OUG' },
  ],
  negative: [
    'SPACES_ACCESS_KEY_ID=DOxxxxxxxxxxxxxxxxxx',
    'SPACES_ACCESS_KEY_ID=<your-digitalocean-spaces-access-key>',
    'SPACES_ACCESS_KEY_ID=${SPACES_ACCESS_KEY_ID}',
    'SPACES_ACCESS_KEY_ID=DO00AK2ITJ6U399LO',
    'SPACES_ACCESS_KEY_ID=DO00YGGZU84YWZD39JH8kFQ',
    'SPACES_ACCESS_KEY_ID=DOWNLOADSCHEDULERJOB',
    'region: DO009G7K0N9FPNI1M1UG',
  ],
};
export default fixtures;
