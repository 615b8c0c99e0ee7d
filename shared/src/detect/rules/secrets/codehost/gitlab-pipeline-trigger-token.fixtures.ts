import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glptt-20494f1718208097940c0b86e4c781851489314a',
    { text: 'TRIGGER_TOKEN=glptt-5d1342d0941fcea1f17a5bb76ee96c2223ab1eeb', secret: 'glptt-5d1342d0941fcea1f17a5bb76ee96c2223ab1eeb' },
    { text: '{"trigger_token": "glptt-44ec015d93ccf41603a098cd78606045fe7a9ddb", "region": "eu-west-1"}', secret: 'glptt-44ec015d93ccf41603a098cd78606045fe7a9ddb' },
    { text: '  trigger_token: glptt-57525280ece39ad31c9f9ad993f7f0c8d678c076', secret: 'glptt-57525280ece39ad31c9f9ad993f7f0c8d678c076' },
    { text: 'export TRIGGER_TOKEN="glptt-8f9d90ae2cf7dbf76a0e4c64463f20704f3d8690"', secret: 'glptt-8f9d90ae2cf7dbf76a0e4c64463f20704f3d8690' },
    { text: 'const triggerToken = \'glptt-6f6f4cd2b4fc9f706ca330d7d7d5df20b442cf98\';', secret: 'glptt-6f6f4cd2b4fc9f706ca330d7d7d5df20b442cf98' },
  ],
  negative: [
    'TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TRIGGER_TOKEN=<your-gitlab-pipeline-trigger-token>',
    'TRIGGER_TOKEN=${TRIGGER_TOKEN}',
    'TRIGGER_TOKEN=glptt-20212ef1593fe0997800217a2256113fc2b62',
    'TRIGGER_TOKEN=glptt-f627530326c5268af16575f17ee18715d15348ddJef',
  ],
};
export default fixtures;
