import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'atsk_5df692fca82dd7040903a3621700301b7b98ae02b596b1efb747bb17328474bf',
    { text: 'AT_API_KEY=atsk_4cd03df3b201601676a04006bac8268d3cc7f0fd73990610e1cab5dd7eab7088', secret: 'atsk_4cd03df3b201601676a04006bac8268d3cc7f0fd73990610e1cab5dd7eab7088' },
    { text: '{"at_api_key": "atsk_bfd576fa874828f1183c9a147cc8c430da909211db730487a0ca837dc7b8a3ac"}', secret: 'atsk_bfd576fa874828f1183c9a147cc8c430da909211db730487a0ca837dc7b8a3ac' },
    { text: 'at_api_key: atsk_45ad69b9aa8d3d7fbb4641a1ed3055cfa1d0350b216b78a07df924d19c448b2d', secret: 'atsk_45ad69b9aa8d3d7fbb4641a1ed3055cfa1d0350b216b78a07df924d19c448b2d' },
    { text: 'export AT_API_KEY="atsk_e04687dc7271988faab97d2186e93b14a36584ec6e2498d03fd9621d210c0fe4"', secret: 'atsk_e04687dc7271988faab97d2186e93b14a36584ec6e2498d03fd9621d210c0fe4' },
    { text: 'const atApiKey = \'atsk_189089a03a91ece5f3d60c58dee17ce7cc76d29823eec39408998846e65cb064\';', secret: 'atsk_189089a03a91ece5f3d60c58dee17ce7cc76d29823eec39408998846e65cb064' },
  ],
  negative: [
    'AT_API_KEY=atsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AT_API_KEY=${AT_API_KEY}',
    'AT_API_KEY=<your-africastalking-api-key>',
    'AT_API_KEY=atsk_2544e1c44144e70f9dd8e6dbd5690be80383df9bb5ee90866295119330cc6bf3bf3',
    'AT_API_KEY=atsk_2544e1c44144e70f9dd8e6dbd5690be80383df9bb5ee90866295119330cc6',
  ],
};
export default fixtures;
