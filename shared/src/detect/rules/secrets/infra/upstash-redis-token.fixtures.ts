import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'UPSTASH_REDIS_REST_TOKEN=AXUzASQgNjj1ynD4I0UbzAiW-ODo2tExNuoDdEtUdrt1OnUpO3AI9XPbShIWKQeizKkEX=', secret: 'AXUzASQgNjj1ynD4I0UbzAiW-ODo2tExNuoDdEtUdrt1OnUpO3AI9XPbShIWKQeizKkEX=' },
    { text: '{"upstash_token": "AXThASQgNfc6PSLsWO_I-Us2c7MZ7p5-aRA16TA6RqJioXqLFCHf6ExIou5H_SKYHrjn8=", "region": "eu-west-1"}', secret: 'AXThASQgNfc6PSLsWO_I-Us2c7MZ7p5-aRA16TA6RqJioXqLFCHf6ExIou5H_SKYHrjn8=' },
    { text: '  upstash_token: AXTRASQgN695MzQ4q8QV8F3s5ROIshu8pdLHeQ-LRvsdh-9vCCpi-e3GrAgtDNa0YOeZ8=', secret: 'AXTRASQgN695MzQ4q8QV8F3s5ROIshu8pdLHeQ-LRvsdh-9vCCpi-e3GrAgtDNa0YOeZ8=' },
    { text: 'export UPSTASH_REDIS_REST_TOKEN="AXw5ASQgNuY545bkTxPb2TvcjOguriK7KBVp7egQ7_f-FVwwmchNFAUeNcvdwN97y6ygV="', secret: 'AXw5ASQgNuY545bkTxPb2TvcjOguriK7KBVp7egQ7_f-FVwwmchNFAUeNcvdwN97y6ygV=' },
    { text: 'const upstashToken = \'AXdcASQgNcKRF9BznHkbtwuDpZSgGFW4mQTwC2UNodsTJ_hgxzT5ydf_SW100W2--Ob89=\';', secret: 'AXdcASQgNcKRF9BznHkbtwuDpZSgGFW4mQTwC2UNodsTJ_hgxzT5ydf_SW100W2--Ob89=' },
  ],
  negative: [
    'UPSTASH_REDIS_REST_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'UPSTASH_REDIS_REST_TOKEN=<your-upstash-redis-token>',
    'UPSTASH_REDIS_REST_TOKEN=${UPSTASH_REDIS_REST_TOKEN}',
    'checksum: AXjEASQgNeL-xYXkBaHNsiSPbiLfr7VYTyEpMJiMLjh6gMXO0GBBpa76rWduk8NbPLdZN=',
    'const ref = "AXj1ASQgNbckmgHEBc0Wyqx3COETQXm3S0ELp69BGbL7A85l1m-EWfA5_qspLswPn5e36=";',
  ],
};
export default fixtures;
