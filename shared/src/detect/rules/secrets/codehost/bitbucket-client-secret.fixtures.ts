import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BITBUCKET_CLIENT_SECRET=gNjbvnesPYleNhV05pDYOG1YO35vy6hn', secret: 'gNjbvnesPYleNhV05pDYOG1YO35vy6hn' },
    { text: '{"bitbucket_secret": "fAoXE4mIQNQuQ5YKfETfo47xqhmInnyz", "region": "eu-west-1"}', secret: 'fAoXE4mIQNQuQ5YKfETfo47xqhmInnyz' },
    { text: '  bitbucket_secret: i7cVPrZsEu50KSbBpJqVcAEdnA37MeoD', secret: 'i7cVPrZsEu50KSbBpJqVcAEdnA37MeoD' },
    { text: 'export BITBUCKET_CLIENT_SECRET="vuOxC8XeGyIerlVv0ZMbmuan2dUiU2Tq"', secret: 'vuOxC8XeGyIerlVv0ZMbmuan2dUiU2Tq' },
    { text: 'const bitbucketSecret = \'XFnH5OGC06SvpU0Fn96VbjUCVY1r5TkP\';', secret: 'XFnH5OGC06SvpU0Fn96VbjUCVY1r5TkP' },
  ],
  negative: [
    'BITBUCKET_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BITBUCKET_CLIENT_SECRET=<your-bitbucket-client-secret>',
    'BITBUCKET_CLIENT_SECRET=${BITBUCKET_CLIENT_SECRET}',
    'BITBUCKET_CLIENT_SECRET=ow9gOGEEiiwTXYmyr8GtynZpKQ9AO',
    'BITBUCKET_CLIENT_SECRET=JG9MDTbMNHOUIsAOJ5riWRJ3DODa0PBGV6H',
    'checksum: tqmhsyVOJtUhr5EHfWR7Lmql4iT1mZSq',
    'const ref = "UTCa6HAv9cCdPCtjVIAFqN3Egxrmsxkh";',
  ],
};
export default fixtures;
