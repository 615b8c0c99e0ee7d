import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'SCWO0UFO1K82UKD26IKO',
    { text: 'SCW_ACCESS_KEY=SCWSSPR5WCELIO1OB04S', secret: 'SCWSSPR5WCELIO1OB04S' },
    { text: '{"scw_access_key": "SCWS26QM5I8R1ZC9W6NQ", "region": "eu-west-1"}', secret: 'SCWS26QM5I8R1ZC9W6NQ' },
    { text: '  scw_access_key: SCW3B2C938WAADLCEG8V', secret: 'SCW3B2C938WAADLCEG8V' },
    { text: 'export SCW_ACCESS_KEY="SCW91IJB1J4DLE2RXQPJ"', secret: 'SCW91IJB1J4DLE2RXQPJ' },
    { text: 'const scwAccessKey = \'SCWDWX30AV9QA15NYYCD\';', secret: 'SCWDWX30AV9QA15NYYCD' },
  ],
  negative: [
    'SCW_ACCESS_KEY=SCWxxxxxxxxxxxxxxxxx',
    'SCW_ACCESS_KEY=<your-scaleway-access-key>',
    'SCW_ACCESS_KEY=${SCW_ACCESS_KEY}',
    'SCW_ACCESS_KEY=SCWBKGENJJWDD7MI7',
    'SCW_ACCESS_KEY=SCWJ4A0PZVIJJVYGXS7U7YW',
    'SCWDEFAULTPROJECTIDS',
    'SCW_DEFAULT_ORGANIZATION_ID',
  ],
};
export default fixtures;
