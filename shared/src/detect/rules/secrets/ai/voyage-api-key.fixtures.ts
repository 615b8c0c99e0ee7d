import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pa-ezOagbbQjWD1qmR9Qn58fU2_8ncoIjZOu1jLWQpKfus',
    { text: 'VOYAGE_API_KEY=pa-YkS9bRoGEh1VAI5N5ROjQYu28fWSmsl_I9l6Tf1NEGy', secret: 'pa-YkS9bRoGEh1VAI5N5ROjQYu28fWSmsl_I9l6Tf1NEGy' },
    { text: '{"voyage_api_key": "pa-gZRmLNOUOrKZUYdFx8pBlOMG0b1vlv1p8GDAPoQPIeZ"}', secret: 'pa-gZRmLNOUOrKZUYdFx8pBlOMG0b1vlv1p8GDAPoQPIeZ' },
    { text: 'voyage_api_key: pa-Rhv7i5L2PRqaeEXKQ6KoB5x5MaSBHiVfOhMFqgieD6m', secret: 'pa-Rhv7i5L2PRqaeEXKQ6KoB5x5MaSBHiVfOhMFqgieD6m' },
    { text: 'export VOYAGE_API_KEY="pa-95xV8fSD267RnpvEsp5uzLVebC0holoKWR4C_5eghMn"', secret: 'pa-95xV8fSD267RnpvEsp5uzLVebC0holoKWR4C_5eghMn' },
    { text: 'const voyageApiKey = \'pa-ivi6naSKcZIT6OrVRrrjC49eP69MsF6CyfSFfCcR0ot\';', secret: 'pa-ivi6naSKcZIT6OrVRrrjC49eP69MsF6CyfSFfCcR0ot' },
  ],
  negative: [
    'VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxx',
    'VOYAGE_API_KEY=${VOYAGE_API_KEY}',
    'VOYAGE_API_KEY=<your-voyage-api-key>',
    'VOYAGE_API_KEY=pa-EwVPpYZSmvm69cbsgT4021MlihF9qok3HGBJ0y7_epaepa',
    'VOYAGE_API_KEY=pa-EwVPpYZSmvm69cbsgT4021MlihF9qok3HGBJ0y7_',
    'pa-some-long-kebab-case-slug-name-of-a-page-x',
  ],
};
export default fixtures;
