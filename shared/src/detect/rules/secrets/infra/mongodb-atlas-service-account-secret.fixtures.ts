import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'mdb_sa_sk_9mYcMKp1LRM3U72iJcpoDsPNv2FHouiMi8VJX3za',
    { text: 'MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET=mdb_sa_sk_iy3OdiKmPHXMusd8Zvh9iWduDRersZKyeN3bQTGt', secret: 'mdb_sa_sk_iy3OdiKmPHXMusd8Zvh9iWduDRersZKyeN3bQTGt' },
    { text: '{"mongodb_atlas_service_account_secret": "mdb_sa_sk_AvsXtvGRE4jzlke41Sig4X9M6zae1HSrWBl71Mxe"}', secret: 'mdb_sa_sk_AvsXtvGRE4jzlke41Sig4X9M6zae1HSrWBl71Mxe' },
    { text: 'export MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET="mdb_sa_sk_aYUCrLYuKFjOF1XC9sthCBfoqqLnOv9mpHTZc1K1"', secret: 'mdb_sa_sk_aYUCrLYuKFjOF1XC9sthCBfoqqLnOv9mpHTZc1K1' },
    // `_` and `-` may stand among the first six characters.
    { text: 'atlas config set client_secret mdb_sa_sk_Q7_k-Rw3TzYpLm8XvN2bHc5JdF9sGq4WnE1aKx6U', secret: 'mdb_sa_sk_Q7_k-Rw3TzYpLm8XvN2bHc5JdF9sGq4WnE1aKx6U' },
  ],
  negative: [
    'MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET=mdb_sa_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET=${MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET}',
    'MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET=mdb_sa_sk_9mYcMKp1LRM3U72iJcpoDsPNv2FHouiMi8VJX3z',
    // Its client id, and `_` past the first six characters.
    'atlas config set client_id mdb_sa_id_6745f2c81b9e3a0d4c7f1e28',
    'mdb_sa_sk_Q7kRw3_zYpLm8XvN2bHc5JdF9sGq4WnE1aKx6U',
  ],
};
export default fixtures;
