import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'p8e-FUjmiQk3HBUHOFOzv5bypi8KPEyvP3c8',
    { text: 'ADOBE_CLIENT_SECRET=p8e-ea434ea68c9074e9856bb594def889dd', secret: 'p8e-ea434ea68c9074e9856bb594def889dd' },
    { text: '{"client_secret": "p8e-8IXOZWDKIPS9QBWWGMF459BBOJ9OSAO7"}', secret: 'p8e-8IXOZWDKIPS9QBWWGMF459BBOJ9OSAO7' },
    { text: 'adobeClient := "p8e-ea434ea68c9074e9856bb594def889dd"', secret: 'p8e-ea434ea68c9074e9856bb594def889dd' },
    { text: 'The secret is p8e-FUjmiQk3HBUHOFOzv5bypi8KPEyvP3c8, rotate it.', secret: 'p8e-FUjmiQk3HBUHOFOzv5bypi8KPEyvP3c8' },
  ],
  negative: [
    'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ADOBE_CLIENT_SECRET=${ADOBE_CLIENT_SECRET}',
    'ADOBE_CLIENT_SECRET=p8e-FUjmiQk3HBUHOFOzv5bypi8KPEyvP3c',
    'p8e-AbstractSingletonProxyFactoryBea',
  ],
};
export default fixtures;
