import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'kQq8Q~KWSDziMyGfkD.cR_TMzw8r4TPiEFZV6UTA',
    { text: 'AZURE_CLIENT_SECRET=sb22Q~eT~ggJyxWI4pqHl-z~eq7aB-7W9F2x9~Jk', secret: 'sb22Q~eT~ggJyxWI4pqHl-z~eq7aB-7W9F2x9~Jk' },
    { text: '{"client_secret": "GH19Q~iLsXHcO5tscaU6HkDYXaF6Uh1fgE7paZbU", "region": "eu-west-1"}', secret: 'GH19Q~iLsXHcO5tscaU6HkDYXaF6Uh1fgE7paZbU' },
    { text: '  client_secret: zhj9Q~VKZZOeZs1_VR_1KRRZM2BqbeSf-moRJkEa', secret: 'zhj9Q~VKZZOeZs1_VR_1KRRZM2BqbeSf-moRJkEa' },
    { text: 'export AZURE_CLIENT_SECRET="aQJ7Q~BuxYaQ1YgHUn8lVKEl93_F-Cg2m2Bd3I89"', secret: 'aQJ7Q~BuxYaQ1YgHUn8lVKEl93_F-Cg2m2Bd3I89' },
    { text: 'const clientSecret = \'EfN9Q~5WYNsGomNU-6RBONX906C5~affFkT_z4ng\';', secret: 'EfN9Q~5WYNsGomNU-6RBONX906C5~affFkT_z4ng' },
    { text: 'AZURE_CLIENT_SECRET=XW18Q~S-_H23.-SZC0C~XPXZSRMGJXNGH2CY-', secret: 'XW18Q~S-_H23.-SZC0C~XPXZSRMGJXNGH2CY-' },
  ],
  negative: [
    'AZURE_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_CLIENT_SECRET=<your-azure-ad-client-secret>',
    'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}',
    'ratio 3Q~ is not a secret',
    'AZURE_CLIENT_SECRET=kuR8Q~NRvFcFMkLcee',
    'AZURE_CLIENT_SECRET=hU08Q~D46S5vTLd7wBrr61bxyiYEeozUVx',
    'AZURE_CLIENT_SECRET=h4b8Q~CkBUJezmqX3Fb7Kv793dFTj0qB2agcAT16Xjvy',
    'secret: x8MP8Q~52SErGbNbIEANybdgP4IlKz3DnOAPKka6',
  ],
};
export default fixtures;
