import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'VAULT_TOKEN=s.x5IjZOWu524pptwaiHqIIvGG', secret: 's.x5IjZOWu524pptwaiHqIIvGG' },
    { text: '{"vault_token": "s.FTibLMIPsLd7X2CrE4vVDeGQ", "region": "eu-west-1"}', secret: 's.FTibLMIPsLd7X2CrE4vVDeGQ' },
    { text: '  vault_token: s.OPqR1Lc95DWGzlUNFYDiQUsz', secret: 's.OPqR1Lc95DWGzlUNFYDiQUsz' },
    { text: 'export VAULT_TOKEN="s.SXr0MbIAhIiG74IbZAGtdpvB"', secret: 's.SXr0MbIAhIiG74IbZAGtdpvB' },
    { text: 'const vaultToken = \'s.inY1WqoScpvXOqfb8CzZ4Hup\';', secret: 's.inY1WqoScpvXOqfb8CzZ4Hup' },
  ],
  negative: [
    'VAULT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxx',
    'VAULT_TOKEN=<your-vault-legacy-token>',
    'VAULT_TOKEN=${VAULT_TOKEN}',
    'VAULT_TOKEN=s.hmbS1mHUCpxj2DnJc9Kbc',
    'VAULT_TOKEN=s.afSsLaSuv4KFRwjjCttTBjYizEL',
    'checksum: s.StnWJ9FUyUj00mUBvIP28xbQ',
    'const ref = "s.Gj29jDkXyjMl0LY53XwFtbP4";',
  ],
};
export default fixtures;
