import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'atsk_2fbaedcd052445003af45bb6b4f52d1d6ce9fa4acdc4055eed1f7d93d4b28615',
    { text: 'AT_API_KEY=atsk_aaf699a3c9b7d77af10abaa8948a5465c288be83b95801b5e2a87c2cfafce864', secret: 'atsk_aaf699a3c9b7d77af10abaa8948a5465c288be83b95801b5e2a87c2cfafce864' },
    { text: '{"at_api_key": "atsk_36563dbc95f6d1e6f9cf0ee630b1ee59193659d4e40d51c2871eae2d622a1150"}', secret: 'atsk_36563dbc95f6d1e6f9cf0ee630b1ee59193659d4e40d51c2871eae2d622a1150' },
    { text: 'at_api_key: atsk_c121f9fd6a827af8c3a5e093701b4ccaa90e8854b0eca1335b3bb4e4524abd36', secret: 'atsk_c121f9fd6a827af8c3a5e093701b4ccaa90e8854b0eca1335b3bb4e4524abd36' },
    { text: 'export AT_API_KEY="atsk_f7980a6617bf7a75c5c02461ab94866cf5a9e5f39c2b6af78af3fbb08d966773"', secret: 'atsk_f7980a6617bf7a75c5c02461ab94866cf5a9e5f39c2b6af78af3fbb08d966773' },
    { text: 'const atApiKey = \'atsk_f59c6edefd0cce41f3d9c22ccb64b1d2c590ddcf75145f50c89e801a92c8e055\';', secret: 'atsk_f59c6edefd0cce41f3d9c22ccb64b1d2c590ddcf75145f50c89e801a92c8e055' },
  ],
  negative: [
    'AT_API_KEY=atsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AT_API_KEY=${AT_API_KEY}',
    'AT_API_KEY=<your-africastalking-api-key>',
    'AT_API_KEY=atsk_99dfb43f9da21d318f4566fedb3df9ad9d855ada56e083b7e32c6e18075d5377377',
    'AT_API_KEY=atsk_99dfb43f9da21d318f4566fedb3df9ad9d855ada56e083b7e32c6e18075d5',
  ],
};
export default fixtures;
