import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ghu_smxGOWgOpF2QhJNTxs8T0nISXnzBALcuk454',
    { text: 'GITHUB_TOKEN=ghu_78muUBn4rOYFsb087JgOEDJVCpXsfYmUSpSk', secret: 'ghu_78muUBn4rOYFsb087JgOEDJVCpXsfYmUSpSk' },
    { text: '{"gh_user_token": "ghu_CPIVvJuETjXZfnNCXzO8VMw7Hyzke2iWlIGF", "region": "eu-west-1"}', secret: 'ghu_CPIVvJuETjXZfnNCXzO8VMw7Hyzke2iWlIGF' },
    { text: '  gh_user_token: ghu_NZIiuYRIg48IvMZ5Mymqnc5DxMZzHF6vgf0Z', secret: 'ghu_NZIiuYRIg48IvMZ5Mymqnc5DxMZzHF6vgf0Z' },
    { text: 'export GITHUB_TOKEN="ghu_apxn8n5uD2K911tKD64DBdLSKY2mbOfHDu9w"', secret: 'ghu_apxn8n5uD2K911tKD64DBdLSKY2mbOfHDu9w' },
    { text: 'const ghUserToken = \'ghu_ZJG7XrjOo9SN2ThM9AkxLe3E1Dy4u0aoOUhR\';', secret: 'ghu_ZJG7XrjOo9SN2ThM9AkxLe3E1Dy4u0aoOUhR' },
  ],
  negative: [
    'GITHUB_TOKEN=ghu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_TOKEN=<your-github-user-to-server-token>',
    'GITHUB_TOKEN=${GITHUB_TOKEN}',
    'GITHUB_TOKEN=ghu_pyj7YEyo6nWModWGyIuXReV5cZmnEj04d',
    'GITHUB_TOKEN=ghu_8woXFl2ooeyqjdiOKcASTkrxNpAApidxcSW0ahz',
  ],
};
export default fixtures;
