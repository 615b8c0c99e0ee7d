import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'bkua_11f02fb4b91232b71d41d359d68e552705b1065b',
    { text: 'BUILDKITE_API_TOKEN=bkua_a601fbe9b9ef079e92cafe09728ac5818b027bf4', secret: 'bkua_a601fbe9b9ef079e92cafe09728ac5818b027bf4' },
    { text: '{"buildkite_token": "bkua_d99d9d410c651bb995c9399ca34cc96f9d5398b8", "region": "eu-west-1"}', secret: 'bkua_d99d9d410c651bb995c9399ca34cc96f9d5398b8' },
    { text: '  buildkite_token: bkua_42e25d9b6c7c1fd8e85273b1dfd46bb99d148c05', secret: 'bkua_42e25d9b6c7c1fd8e85273b1dfd46bb99d148c05' },
    { text: 'export BUILDKITE_API_TOKEN="bkua_0d5b8edf70e11151f8f91dc12a7679920f10561f"', secret: 'bkua_0d5b8edf70e11151f8f91dc12a7679920f10561f' },
    { text: 'const buildkiteToken = \'bkua_d91db51fd97fa7d9e01b6f2b0c705b4c8e05d5d7\';', secret: 'bkua_d91db51fd97fa7d9e01b6f2b0c705b4c8e05d5d7' },
    { text: 'BUILDKITE_TOKEN: bkua_j8cqyoaodi7z1fzo8u5albtyw4x9gh83yx1m6ien', secret: 'bkua_j8cqyoaodi7z1fzo8u5albtyw4x9gh83yx1m6ien' },
  ],
  negative: [
    'BUILDKITE_API_TOKEN=bkua_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BUILDKITE_API_TOKEN=<your-buildkite-api-token>',
    'BUILDKITE_API_TOKEN=${BUILDKITE_API_TOKEN}',
    'BUILDKITE_API_TOKEN=bkua_20d67f8a42f9b6d64d8a4a72b6fb3ff5c1f2e',
    'BUILDKITE_API_TOKEN=bkua_97014424a406d91bb5b876c8a076286e7b16c851LL5',
  ],
};
export default fixtures;
