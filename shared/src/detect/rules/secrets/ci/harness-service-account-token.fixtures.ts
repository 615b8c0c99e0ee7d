import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sat.ysi6baX_SrxK0YUHJeqewb.09d12f817f0a657bce7422d1.szgwkdNqqldNhLdagH6H',
    { text: 'HARNESS_SAT=sat.pqeknekW0WD76Dn39LxqMj.d478feba650c55bf9ed6c331.C3nEJKBCT5g6hOX1Smng', secret: 'sat.pqeknekW0WD76Dn39LxqMj.d478feba650c55bf9ed6c331.C3nEJKBCT5g6hOX1Smng' },
    { text: '{"harness_sat": "sat.fXoFQonh4XkDXwAUPOgncd.e8a3f48174879d9f173fdd1b.hqN3TtRCllfdVXoDDqXr", "region": "eu-west-1"}', secret: 'sat.fXoFQonh4XkDXwAUPOgncd.e8a3f48174879d9f173fdd1b.hqN3TtRCllfdVXoDDqXr' },
    { text: '  harness_sat: sat.udEaGZxeIFLNR4GoqRshol.cf16ca61c07b7ff09747d3e3.95mDH7LFUQuGVBQeXUPh', secret: 'sat.udEaGZxeIFLNR4GoqRshol.cf16ca61c07b7ff09747d3e3.95mDH7LFUQuGVBQeXUPh' },
    { text: 'export HARNESS_SAT="sat.L92CcR74nEsn_OZwJvXW0V.44b14472104b2376d7f3f367.Smxq6PYSB6Se5FLUNtdd"', secret: 'sat.L92CcR74nEsn_OZwJvXW0V.44b14472104b2376d7f3f367.Smxq6PYSB6Se5FLUNtdd' },
    { text: 'const harnessSat = \'sat.QqF6890LpV3pnoa3L39SNt.654c085c0439457ccb0d479d.WiqpqFqtufGNNklkTnKW\';', secret: 'sat.QqF6890LpV3pnoa3L39SNt.654c085c0439457ccb0d479d.WiqpqFqtufGNNklkTnKW' },
    'sat.U8JYQkMKj9ZtXoDB2lDvHO.j3KUJwQtpvWUBVl8qSsAKBmD.7lcCiVJeEgqWp5ZosmP0',
    { text: 'HARNESS_API_KEY=sat.U8JYQkMKj9ZtXoDB2lDvHO.j3KUJwQtpvWUBVl8qSsAKBmD.7lcCiVJeEgqWp5ZosmP0', secret: 'sat.U8JYQkMKj9ZtXoDB2lDvHO.j3KUJwQtpvWUBVl8qSsAKBmD.7lcCiVJeEgqWp5ZosmP0' },
  ],
  negative: [
    'HARNESS_SAT=sat.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HARNESS_SAT=<your-harness-service-account-token>',
    'HARNESS_SAT=${HARNESS_SAT}',
    'HARNESS_SAT=sat.RmMsChoixtHq73wp71GqZg.a71941fc0ff5f54ac391db04.X90EVQTvXminkGWMF',
    'HARNESS_SAT=sat.ABDzzvnlCisjLvfDsXJnBF.a57e001452a7112190b06cfc.hcCFqlwnKJbDJoTSBzhvnhI',
  ],
};
export default fixtures;
