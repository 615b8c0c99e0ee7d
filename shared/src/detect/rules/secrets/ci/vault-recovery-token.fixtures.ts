import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hvr.9z97-cBbyS_XwNBMda5t3xNw8Bh85uw0lqsWORcy5U5Hn8irP4NBcO1a1dfizPQElAtoKNbUSxPHoPc1l3kw4Yu5TA',
    { text: 'VAULT_RECOVERY_TOKEN=hvr.b-cHC-BfwyQwS49wyyhnodhJy4C38PqOhz6ZnknHxrgYANTCMkmxLAOXSX9_huhlxpPne4pDaCmh7FNdw4u773Xqdz', secret: 'hvr.b-cHC-BfwyQwS49wyyhnodhJy4C38PqOhz6ZnknHxrgYANTCMkmxLAOXSX9_huhlxpPne4pDaCmh7FNdw4u773Xqdz' },
    { text: '{"recovery_token": "hvr.eECtIt-yW4A72m6txs4v20VqkOPXotzichrpDwnAorLCEX7RAJeZYNvFWajWan-n2Fa84tCFbwknQICaypYqzjEx0I", "region": "eu-west-1"}', secret: 'hvr.eECtIt-yW4A72m6txs4v20VqkOPXotzichrpDwnAorLCEX7RAJeZYNvFWajWan-n2Fa84tCFbwknQICaypYqzjEx0I' },
    { text: '  recovery_token: hvr.Ne8Tusq6ZOkT2T0GgKSVciIyy0PAkoxK4fuQYfZ-qahVoruurYdk4kWN2LaUwUwvCv2QXNAt8hhJkJ7m9DgHzhiU6_', secret: 'hvr.Ne8Tusq6ZOkT2T0GgKSVciIyy0PAkoxK4fuQYfZ-qahVoruurYdk4kWN2LaUwUwvCv2QXNAt8hhJkJ7m9DgHzhiU6_' },
    { text: 'export VAULT_RECOVERY_TOKEN="hvr.aTapiYsykJh2qoOz2s0kHXEhvAT6JLYndpEj6PLLeh6A0Oa87dX613VNtGivyBCTB6lK1TJcsH2DM6OzqJUG_TsTzN"', secret: 'hvr.aTapiYsykJh2qoOz2s0kHXEhvAT6JLYndpEj6PLLeh6A0Oa87dX613VNtGivyBCTB6lK1TJcsH2DM6OzqJUG_TsTzN' },
    { text: 'const recoveryToken = \'hvr.xMswMk0TZVOQjd_seJVUJeRJBG17yWu-DIvUYsMLvPCiZPFybwZgNZw9blCdeDSl0H3eEwI-GeRBNXNXVl6eECNqvl\';', secret: 'hvr.xMswMk0TZVOQjd_seJVUJeRJBG17yWu-DIvUYsMLvPCiZPFybwZgNZw9blCdeDSl0H3eEwI-GeRBNXNXVl6eECNqvl' },
  ],
  negative: [
    'VAULT_RECOVERY_TOKEN=hvr.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'VAULT_RECOVERY_TOKEN=<your-vault-recovery-token>',
    'VAULT_RECOVERY_TOKEN=${VAULT_RECOVERY_TOKEN}',
    'hvr.PZ0u7XychgJt',
  ],
};
export default fixtures;
