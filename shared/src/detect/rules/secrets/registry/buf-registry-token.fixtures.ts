import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BUF_TOKEN=1dd8237727b8be744048b1cee22070234a75588e42e143f266f0c9c3d5fc544a', secret: '1dd8237727b8be744048b1cee22070234a75588e42e143f266f0c9c3d5fc544a' },
    { text: '{"buf_token": "5e75240c64ba7f6350d02c38975f077b943329debe7c797ec6ba87d643058106", "region": "eu-west-1"}', secret: '5e75240c64ba7f6350d02c38975f077b943329debe7c797ec6ba87d643058106' },
    { text: '  buf_token: d7fe079eb677530089d4a55585e65543333d255edc26a2c96a804136b937d7e0', secret: 'd7fe079eb677530089d4a55585e65543333d255edc26a2c96a804136b937d7e0' },
    { text: 'export BUF_TOKEN="c2f05cb5c5dc192a401b9ee5796c9f6c11618269f038b28dcbed530c5777ef79"', secret: 'c2f05cb5c5dc192a401b9ee5796c9f6c11618269f038b28dcbed530c5777ef79' },
    { text: 'const bufToken = \'bc63292b0b2a29485ea400c95556d8a2ab2682ab77acffc07735e9d7b3a5432d\';', secret: 'bc63292b0b2a29485ea400c95556d8a2ab2682ab77acffc07735e9d7b3a5432d' },
  ],
  negative: [
    'BUF_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BUF_TOKEN=<your-buf-registry-token>',
    'BUF_TOKEN=${BUF_TOKEN}',
    'BUF_TOKEN=15cdf71d9c20311e9fb42ffa35bbabadc53010f0878e4c537a1fbb98c31d8',
    'BUF_TOKEN=5863f6c64af9717822bf9b366ae294c9d0b29de227042f223963639f1fbde7391dk',
    'checksum: 4231c2b98bf1246c173681aa4dd0f7d10ed587b99ef343b7101ce61fe6b65d38',
    'const ref = "0543020d5cde4a5e1655ba3a66d3f55383cf72e284b4ab6a0765999116150625";',
  ],
};
export default fixtures;
