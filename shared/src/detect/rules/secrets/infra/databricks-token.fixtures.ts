import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dapi252f4e2ca341c6080df68ac34858584e',
    { text: 'DATABRICKS_TOKEN=dapi1a8aa6ff0148ee1fbae76abab31a52ba', secret: 'dapi1a8aa6ff0148ee1fbae76abab31a52ba' },
    { text: '{"databricks_token": "dapi689ab8c31363a5b22ce19c0a56e689c8", "region": "eu-west-1"}', secret: 'dapi689ab8c31363a5b22ce19c0a56e689c8' },
    { text: '  databricks_token: dapiffcc94fa669c118ee4073593dee4b344', secret: 'dapiffcc94fa669c118ee4073593dee4b344' },
    { text: 'export DATABRICKS_TOKEN="dapi99c0114bfc01846e7709dd7d0902e341"', secret: 'dapi99c0114bfc01846e7709dd7d0902e341' },
    { text: 'const databricksToken = \'dapi1f3c0c38ba983f9e5878ecd26dfab439\';', secret: 'dapi1f3c0c38ba983f9e5878ecd26dfab439' },
  ],
  negative: [
    'DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DATABRICKS_TOKEN=<your-databricks-token>',
    'DATABRICKS_TOKEN=${DATABRICKS_TOKEN}',
    'DATABRICKS_TOKEN=dapif1ba36a7ec42e64bc9c3b3a195f93',
    'DATABRICKS_TOKEN=dapic3927403706ea2ffcdc374ec74d96686CZd',
  ],
};
export default fixtures;
