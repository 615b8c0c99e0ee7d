import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'st.2a56690706bf1bb36e60ad1b.5520c844a6ea8cf9040a1cfaf316d0a0.4738b8e64c5094a65870bf31113440b4',
    { text: 'INFISICAL_TOKEN=st.ed32787a53430ec749712284.c06e15ff9fca729bd0591c6b8a845d58.e4c3d6e4dd4fe6dd6b717f65fd8b4e14', secret: 'st.ed32787a53430ec749712284.c06e15ff9fca729bd0591c6b8a845d58.e4c3d6e4dd4fe6dd6b717f65fd8b4e14' },
    { text: '{"infisical_token": "st.103af9c41dc73a81ffdbb6b1.ea91904e043526b66e1c4658bfa9025c.0c9bcaba6c03805ec517d6ebe9e14459", "region": "eu-west-1"}', secret: 'st.103af9c41dc73a81ffdbb6b1.ea91904e043526b66e1c4658bfa9025c.0c9bcaba6c03805ec517d6ebe9e14459' },
    { text: '  infisical_token: st.04fc40da38ba28e3c77c1cd4.ff8caacd169cd8619c9da024e4b2880d.c91ae8c460f05ad735c7e100264da291', secret: 'st.04fc40da38ba28e3c77c1cd4.ff8caacd169cd8619c9da024e4b2880d.c91ae8c460f05ad735c7e100264da291' },
    { text: 'export INFISICAL_TOKEN="st.8994c6ad6af7002f6998bb71.9c537243e9934d2c419a48a979fcb7d7.d9aa48f43d1d8dcf2f19dfbda3ddadc9"', secret: 'st.8994c6ad6af7002f6998bb71.9c537243e9934d2c419a48a979fcb7d7.d9aa48f43d1d8dcf2f19dfbda3ddadc9' },
    { text: 'const infisicalToken = \'st.91dd0a757e014b68674a72df.f753cc8b7fa2bbd0cb88de1e91fd6997.f74b333027aadc17c1e2a19104eb0649\';', secret: 'st.91dd0a757e014b68674a72df.f753cc8b7fa2bbd0cb88de1e91fd6997.f74b333027aadc17c1e2a19104eb0649' },
  ],
  negative: [
    'INFISICAL_TOKEN=st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'INFISICAL_TOKEN=<your-infisical-service-token>',
    'INFISICAL_TOKEN=${INFISICAL_TOKEN}',
    'INFISICAL_TOKEN=st.0556bbcabdb18c73299d070a.61927b5a09e917b2e8e7fd71838a7a23.bf4fad22a424503bcb138b50830da',
    'INFISICAL_TOKEN=st.435c4173117ee24c83fc3667.0ae2264988d66d6b7b28c139c2ffed3e.d53396eefe8de3e00671f216b553cf37yru',
  ],
};
export default fixtures;
