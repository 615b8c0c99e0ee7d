import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'cmVmdGtuOjAxOjN251LXC2A41zlhCGWd9mHP0vuMNMeug3zh9vTT4dLXjdIbkFki',
    { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjpyhefluVlVjfryjvCbommOvhthJdSLaaHMf3wInBogJuUwZ2Iu', secret: 'cmVmdGtuOjAxOjpyhefluVlVjfryjvCbommOvhthJdSLaaHMf3wInBogJuUwZ2Iu' },
    { text: '{"artifactory_token": "cmVmdGtuOjAxOjeKb7ZpMMdH6UOpr676QZrp3lOMZQlijTDd97cPEacvK2zyN0GM", "region": "eu-west-1"}', secret: 'cmVmdGtuOjAxOjeKb7ZpMMdH6UOpr676QZrp3lOMZQlijTDd97cPEacvK2zyN0GM' },
    { text: '  artifactory_token: cmVmdGtuOjAxOjSpjUTCgLp1Ud7ChtjVQk4CcRjPXTS3zlb2mEy3nRUpYEGzsGHQ', secret: 'cmVmdGtuOjAxOjSpjUTCgLp1Ud7ChtjVQk4CcRjPXTS3zlb2mEy3nRUpYEGzsGHQ' },
    { text: 'export JFROG_ACCESS_TOKEN="cmVmdGtuOjAxOj5WAJFkuoV9LyGRlJLFQGIBsjintna4rGYfDYIx6ntrJU0fSQzW"', secret: 'cmVmdGtuOjAxOj5WAJFkuoV9LyGRlJLFQGIBsjintna4rGYfDYIx6ntrJU0fSQzW' },
    { text: 'const artifactoryToken = \'cmVmdGtuOjAxOj0msEu9oIPcPVbizYplsMessDvSxK4J4G6XZZGALCx6I6GXUpAh\';', secret: 'cmVmdGtuOjAxOj0msEu9oIPcPVbizYplsMessDvSxK4J4G6XZZGALCx6I6GXUpAh' },
    'cmVmd1w6QFXdHwwqJtdwMtN3AJpnZ322rJOnjkq1P9DhckCAJ4pxpNOq7KpCf5hq',
    { text: 'JFROG_ACCESS_TOKEN=cmVmd1w6QFXdHwwqJtdwMtN3AJpnZ322rJOnjkq1P9DhckCAJ4pxpNOq7KpCf5hq', secret: 'cmVmd1w6QFXdHwwqJtdwMtN3AJpnZ322rJOnjkq1P9DhckCAJ4pxpNOq7KpCf5hq' },
  ],
  negative: [
    'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'JFROG_ACCESS_TOKEN=<your-jfrog-identity-token>',
    'JFROG_ACCESS_TOKEN=${JFROG_ACCESS_TOKEN}',
    'cmVmdGtuOjAxOjjqWbPh2OHz',
  ],
};
export default fixtures;
