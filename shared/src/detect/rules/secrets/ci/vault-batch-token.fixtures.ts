import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hvb.AAAAAQ2CQiQQUIkaeoa_F8ekjQM7ricEvcFA5eFtgRwCENUj2L2z_7R1eRGaPP0ASntCvLJXwwlmxfW0s9QmqQ6XUF8XgTJRnZE6gykH-vdCb_iujpIXDtCYSW1YL3Qy4v2gieh4',
    { text: 'VAULT_TOKEN=hvb.AAAAAQ2zpcC_333oeq0wcBuDEsqGcQZdnLRVe6byDVmO7Egtqylb2XD_iDpBGHg8ppi2t6v1vGXEaHn3r1h9HHpq0o-edIhq0UMdmAhwD-opwNRGpE0gkjlxST8cIy_pXDXyNkKC', secret: 'hvb.AAAAAQ2zpcC_333oeq0wcBuDEsqGcQZdnLRVe6byDVmO7Egtqylb2XD_iDpBGHg8ppi2t6v1vGXEaHn3r1h9HHpq0o-edIhq0UMdmAhwD-opwNRGpE0gkjlxST8cIy_pXDXyNkKC' },
    { text: '{"vault_token": "hvb.AAAAAQEuTV5LCDgDgKxQrLbL4wuLQ60unB1NatejE8nGuRqNg5-v0xAEhGj159JuaRLnQ6TAaofbP0nE5Nn7gTgI5ae5TglXQfNNXKit5PPJClOyNGSPd7Z8R7BM_0jrRgfX3WdF", "region": "eu-west-1"}', secret: 'hvb.AAAAAQEuTV5LCDgDgKxQrLbL4wuLQ60unB1NatejE8nGuRqNg5-v0xAEhGj159JuaRLnQ6TAaofbP0nE5Nn7gTgI5ae5TglXQfNNXKit5PPJClOyNGSPd7Z8R7BM_0jrRgfX3WdF' },
    { text: '  vault_token: hvb.AAAAAQi8SSVwVnAySbE_DdYUg_jhpHiQklC4oe0rwzuGburtKk8Wr1O5Za_RN856bT593HOedspO0_XaHjH57chYIKBtIbCkpcIim0b2lzwSqWpL4ax8NSvG1tjfivnwh-kWGOs-', secret: 'hvb.AAAAAQi8SSVwVnAySbE_DdYUg_jhpHiQklC4oe0rwzuGburtKk8Wr1O5Za_RN856bT593HOedspO0_XaHjH57chYIKBtIbCkpcIim0b2lzwSqWpL4ax8NSvG1tjfivnwh-kWGOs-' },
    { text: 'export VAULT_TOKEN="hvb.AAAAAQvxUbpPYumzbEXEeyIuepiZldiL1_zh2Gxoef4vq0bdXZbgC38zSFm2G3l0sxPGLxBBDp3QZ1acgjGNx2iMxwEScHm_xlofgsrvrTReQlgd1RhyHqTS3ndsz6VDAAND7wfK"', secret: 'hvb.AAAAAQvxUbpPYumzbEXEeyIuepiZldiL1_zh2Gxoef4vq0bdXZbgC38zSFm2G3l0sxPGLxBBDp3QZ1acgjGNx2iMxwEScHm_xlofgsrvrTReQlgd1RhyHqTS3ndsz6VDAAND7wfK' },
    { text: 'const vaultToken = \'hvb.AAAAAQkOPdQDjsPkKFyWIbcwWYrKtLajwU5_81ak56VqUk7uwva19aOhey-P0195g5j0v0d-QeJib46WCQkDoO-Tn_gIh1Lx8YNvhKicEuVKiYnsXJUQzRWREbiVEPHbR4S9mdGB\';', secret: 'hvb.AAAAAQkOPdQDjsPkKFyWIbcwWYrKtLajwU5_81ak56VqUk7uwva19aOhey-P0195g5j0v0d-QeJib46WCQkDoO-Tn_gIh1Lx8YNvhKicEuVKiYnsXJUQzRWREbiVEPHbR4S9mdGB' },
  ],
  negative: [
    'VAULT_TOKEN=hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'VAULT_TOKEN=<your-vault-batch-token>',
    'VAULT_TOKEN=${VAULT_TOKEN}',
    'hvb.MlH23X9Iomgn',
  ],
};
export default fixtures;
