import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'curl -X POST https://acme-sec.tines.com/webhook/cc6577428c2f6d6bc64e5a22fac180d6/b2e6e1b465e551305fd2d2490ca4c616 -d @alert.json', secret: 'cc6577428c2f6d6bc64e5a22fac180d6/b2e6e1b465e551305fd2d2490ca4c616' },
    { text: 'TINES_WEBHOOK=https://acme.tines.com/webhook/e8c4bf144d3334955d46af783b52901a/6ccaccdb251bce79793a67c9e2ed829a', secret: 'e8c4bf144d3334955d46af783b52901a/6ccaccdb251bce79793a67c9e2ed829a' },
  ],
  negative: ['https://www.tines.com/webhook/ docs page', 'https://acme.tines.com/webhook/<path>/<secret>'],
};
export default fixtures;
