import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'figd_LMa6b53xA3jb7LNbpy_wSbKj4-NDKTBlBpCb-AT5',
    { text: 'FIGMA_TOKEN=figd_CjTxc-s8T_pf6uRHYvXuGAfTlYxeqsRbHhoJ9G_7', secret: 'figd_CjTxc-s8T_pf6uRHYvXuGAfTlYxeqsRbHhoJ9G_7' },
    { text: '{"figma_token": "figd_Hq7uXuN6ovi7bJjjuL04ahlsdytsfufZIoHbCgcw"}', secret: 'figd_Hq7uXuN6ovi7bJjjuL04ahlsdytsfufZIoHbCgcw' },
    { text: 'figma_token: figd_4r39ajwVbOnFvl6OB3kfJ4XT2YNw7GiOZGJOoL-X', secret: 'figd_4r39ajwVbOnFvl6OB3kfJ4XT2YNw7GiOZGJOoL-X' },
    { text: 'export FIGMA_TOKEN="figd_PFAL_WjGC-_ALQuVjk-tLbHkOCR7p9u8dzb4eHBQ"', secret: 'figd_PFAL_WjGC-_ALQuVjk-tLbHkOCR7p9u8dzb4eHBQ' },
    { text: 'const figmaToken = \'figd_TtNLWHaJ3JlVFnOk2g9DVqdvTA9eg_794T-WdbkD\';', secret: 'figd_TtNLWHaJ3JlVFnOk2g9DVqdvTA9eg_794T-WdbkD' },
  ],
  negative: [
    'FIGMA_TOKEN=figd_xxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FIGMA_TOKEN=${FIGMA_TOKEN}',
    'FIGMA_TOKEN=<your-figma-pat>',
    'FIGMA_TOKEN=figd_dprwAOT_oMvluHcVuezzuhMAI68Oa4ZcWlYrQ',
  ],
};
export default fixtures;
