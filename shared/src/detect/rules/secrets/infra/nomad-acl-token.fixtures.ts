import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NOMAD_TOKEN=82e0eec7-9687-414b-99e2-86156199b56b', secret: '82e0eec7-9687-414b-99e2-86156199b56b' },
    { text: '{"nomad_token": "ee053790-96d7-4e90-ade3-1d8a2de411e9", "region": "eu-west-1"}', secret: 'ee053790-96d7-4e90-ade3-1d8a2de411e9' },
    { text: '  nomad_token: bb0282bd-8edc-4e54-9c45-8058569c0883', secret: 'bb0282bd-8edc-4e54-9c45-8058569c0883' },
    { text: 'export NOMAD_TOKEN="5d1f34a8-7423-4598-9e7c-23ec52ad0dc2"', secret: '5d1f34a8-7423-4598-9e7c-23ec52ad0dc2' },
    { text: 'const nomadToken = \'27c14227-8869-443f-885c-ea5357a1673c\';', secret: '27c14227-8869-443f-885c-ea5357a1673c' },
  ],
  negative: [
    'NOMAD_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NOMAD_TOKEN=<your-nomad-acl-token>',
    'NOMAD_TOKEN=${NOMAD_TOKEN}',
    'NOMAD_TOKEN=6725d7da-2ab1-45a9-897c-e14a2de5a',
    'NOMAD_TOKEN=2da092bb-fbcd-4602-baf9-e2d616cce489Tzu',
    'checksum: fb549c8f-e590-49f8-a016-357f5fa058cb',
    'const ref = "08448422-b134-40c4-94c1-31702b98478f";',
  ],
};
export default fixtures;
