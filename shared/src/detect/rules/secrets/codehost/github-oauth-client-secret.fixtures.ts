import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GITHUB_CLIENT_SECRET=2d15a25902832430301aa065eb7dc43c8d1bcdc4', secret: '2d15a25902832430301aa065eb7dc43c8d1bcdc4' },
    { text: '{"github_client_secret": "25ef87e318de4f1089b3f91f8a658dca0e0a61e2", "region": "eu-west-1"}', secret: '25ef87e318de4f1089b3f91f8a658dca0e0a61e2' },
    { text: '  github_client_secret: fd7630cd79025d329ad72eeb23848d76c08dd8d6', secret: 'fd7630cd79025d329ad72eeb23848d76c08dd8d6' },
    { text: 'export GITHUB_CLIENT_SECRET="bdf15917e9b209e92c0e9cd5a07e075e31e2a5fe"', secret: 'bdf15917e9b209e92c0e9cd5a07e075e31e2a5fe' },
    { text: 'const githubClientSecret = \'a9a7635433da4376e27701a63ba061fc8259e876\';', secret: 'a9a7635433da4376e27701a63ba061fc8259e876' },
  ],
  negative: [
    'GITHUB_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_CLIENT_SECRET=<your-github-oauth-client-secret>',
    'GITHUB_CLIENT_SECRET=${GITHUB_CLIENT_SECRET}',
    'GITHUB_CLIENT_SECRET=215d3351ad78c9e298a54519d85db5557644d',
    'GITHUB_CLIENT_SECRET=e8be46cbcae91a83a767fc9eef6a7126849f37c5f5k',
    'checksum: 8811c4af1c887be5adfea391a3697c3ff513fa6e',
    'const ref = "43820a6beb5e90017ef85f4492a1626834c17d8e";',
    'GITHUB_SHA=597e7745a9a807263c613a3d186cc181831a9d76',
  ],
};
export default fixtures;
