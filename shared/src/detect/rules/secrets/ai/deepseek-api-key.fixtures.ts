import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DEEPSEEK_API_KEY=sk-f2dcb01737b15527fabd7ad17d066b11', secret: 'sk-f2dcb01737b15527fabd7ad17d066b11' },
    { text: '{"deepseek_api_key": "sk-44ee59e81cab46af209f6bcad8b72b93"}', secret: 'sk-44ee59e81cab46af209f6bcad8b72b93' },
    { text: 'deepseek_api_key: sk-e41d9d97063f4779ec98ed77e2d7ab7f', secret: 'sk-e41d9d97063f4779ec98ed77e2d7ab7f' },
    { text: 'export DEEPSEEK_API_KEY="sk-f076f0ac11305f4606fba0f017e05dc0"', secret: 'sk-f076f0ac11305f4606fba0f017e05dc0' },
    { text: 'const deepseekApiKey = \'sk-5af9e339471d9331adc57fc69e3ade60\';', secret: 'sk-5af9e339471d9331adc57fc69e3ade60' },
  ],
  negative: [
    'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}',
    'DEEPSEEK_API_KEY=<your-deepseek-api-key>',
    '"etag": "sk-9f788391a47b3875d80bed745a49f88f"',
    'DEEPSEEK_API_KEY=sk-9f788391a47b3875d80bed745a49f88f88f',
    'DEEPSEEK_API_KEY=sk-9f788391a47b3875d80bed745a49f',
    'api_key = "sk-3f69abaffe0769151f045c7f9296a98f"',
  ],
};
export default fixtures;
