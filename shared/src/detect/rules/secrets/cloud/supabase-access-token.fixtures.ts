import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sbp_ba44daac48059209eb84b0bf1051ad6890bdad5f',
    { text: 'SUPABASE_ACCESS_TOKEN=sbp_0bac39d95dbe26436bed505d4654a7b89976f820', secret: 'sbp_0bac39d95dbe26436bed505d4654a7b89976f820' },
    { text: '{"supabase_access_token": "sbp_6e0df54de9abdd716e241be95c86dc4929a1fb06", "region": "eu-west-1"}', secret: 'sbp_6e0df54de9abdd716e241be95c86dc4929a1fb06' },
    { text: '  supabase_access_token: sbp_3ca8de0b41f6ac7e5a228f5527039f1582043220', secret: 'sbp_3ca8de0b41f6ac7e5a228f5527039f1582043220' },
    { text: 'export SUPABASE_ACCESS_TOKEN="sbp_7d42d5ebcfdb3e1657d069183417018d3dfd54b6"', secret: 'sbp_7d42d5ebcfdb3e1657d069183417018d3dfd54b6' },
    { text: 'const supabaseAccessToken = \'sbp_832605a02c1e87fcd83d0ca6db641a665b277aa3\';', secret: 'sbp_832605a02c1e87fcd83d0ca6db641a665b277aa3' },
  ],
  negative: [
    'SUPABASE_ACCESS_TOKEN=sbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SUPABASE_ACCESS_TOKEN=<your-supabase-access-token>',
    'SUPABASE_ACCESS_TOKEN=${SUPABASE_ACCESS_TOKEN}',
    'SUPABASE_ACCESS_TOKEN=sbp_7a2763b1a310dd2fa12ed7dc28d092f60ec49',
    'SUPABASE_ACCESS_TOKEN=sbp_7fb57a4a9bde9ca5930655107b2bafea618379089uF',
  ],
};
export default fixtures;
