import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'figu_ESF2-R_1yGp4peMrpAVH3bcYj7FNbNVSLKsuieXRZycjQ7VAtv',
    { text: 'FIGMA_OAUTH_TOKEN=figu_6cBo9Zqd-mMfTvnRF90t6_RprqD99_K_6FLDjqH02MD2NJOkzv', secret: 'figu_6cBo9Zqd-mMfTvnRF90t6_RprqD99_K_6FLDjqH02MD2NJOkzv' },
    { text: '{"figma_oauth_token": "figu_v1coLeXlqvuKeepbvixqNnzraEmWibgbHy3Pwc4D9yF_JgZzAL"}', secret: 'figu_v1coLeXlqvuKeepbvixqNnzraEmWibgbHy3Pwc4D9yF_JgZzAL' },
    { text: 'figma_oauth_token: figu_m-czjDcOXF4E4bz8U-n0niLN_78ecMyZfwXrWp396cVC_JgoQB', secret: 'figu_m-czjDcOXF4E4bz8U-n0niLN_78ecMyZfwXrWp396cVC_JgoQB' },
    { text: 'export FIGMA_OAUTH_TOKEN="figu_3KLh0xEiqxD1qoJSf7c11S3idNN0sGoTiLeThCkvEkzJh-endN"', secret: 'figu_3KLh0xEiqxD1qoJSf7c11S3idNN0sGoTiLeThCkvEkzJh-endN' },
    { text: 'const figmaOauthToken = \'figu_piMAHhcLHeM2fv1-jgqN__ihFCncnREHpX2HVtYomAECP3nRth\';', secret: 'figu_piMAHhcLHeM2fv1-jgqN__ihFCncnREHpX2HVtYomAECP3nRth' },
  ],
  negative: [
    'FIGMA_OAUTH_TOKEN=figu_xxx-xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxx',
    'FIGMA_OAUTH_TOKEN=${FIGMA_OAUTH_TOKEN}',
    'FIGMA_OAUTH_TOKEN=<your-figma-oauth-token>',
  ],
};
export default fixtures;
