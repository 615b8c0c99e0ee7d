import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SCW_SECRET_KEY=1ce1575a-13bf-45ad-b47d-a74a400ac66b', secret: '1ce1575a-13bf-45ad-b47d-a74a400ac66b' },
    { text: '{"scaleway_secret_key": "78a1f9ef-3831-4f59-b0c3-20b7527ff171", "region": "eu-west-1"}', secret: '78a1f9ef-3831-4f59-b0c3-20b7527ff171' },
    { text: '  scaleway_secret_key: fd7a6067-8f4c-4415-804d-0d4edf1a1c66', secret: 'fd7a6067-8f4c-4415-804d-0d4edf1a1c66' },
    { text: 'export SCW_SECRET_KEY="bc87bec9-8723-4303-bd63-e49db2923773"', secret: 'bc87bec9-8723-4303-bd63-e49db2923773' },
    { text: 'const scalewaySecretKey = \'55976684-232b-4619-84ce-c48c64a3d1a9\';', secret: '55976684-232b-4619-84ce-c48c64a3d1a9' },
  ],
  negative: [
    'SCW_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SCW_SECRET_KEY=<your-scaleway-secret-key>',
    'SCW_SECRET_KEY=${SCW_SECRET_KEY}',
    'SCW_SECRET_KEY=2d431f13-245b-488b-89bd-0c5cace73',
    'SCW_SECRET_KEY=be4202e4-f833-40ce-9279-de35ce561b5f1jS',
    'checksum: eacec3f7-84df-4d55-9ec6-a057714a4206',
    'const ref = "103076b3-887a-4220-a77f-9319fd91028e";',
    'SCW_DEFAULT_PROJECT_ID=29f2a522-75cf-4586-a05d-1804e4493740',
  ],
};
export default fixtures;
