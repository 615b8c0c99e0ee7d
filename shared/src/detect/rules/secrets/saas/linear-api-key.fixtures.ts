import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'lin_api_h22uFlYHYsO5MgqrFU3yyjya4ifAnRfOMywNbeVU',
    { text: 'LINEAR_API_KEY=lin_api_9k4plUeAMxPB36GchfCsuSfQYwGeXPZaXpDzTvW4', secret: 'lin_api_9k4plUeAMxPB36GchfCsuSfQYwGeXPZaXpDzTvW4' },
    { text: '{"linear_api_key": "lin_api_qVSdNKdboaLtF5K5Wv1c69L2ONbeOPy17tt5pcTX"}', secret: 'lin_api_qVSdNKdboaLtF5K5Wv1c69L2ONbeOPy17tt5pcTX' },
    { text: 'linear_api_key: lin_api_7GJ8I6vIyEVer3rYz30ncmh39yYz22sEwLkUsXWT', secret: 'lin_api_7GJ8I6vIyEVer3rYz30ncmh39yYz22sEwLkUsXWT' },
    { text: 'export LINEAR_API_KEY="lin_api_QTGtShrLl195SYa3wIvxFlKuQ5hoNJup7yPGbKE0"', secret: 'lin_api_QTGtShrLl195SYa3wIvxFlKuQ5hoNJup7yPGbKE0' },
    { text: 'const linearApiKey = \'lin_api_MZmL2FLqvjhY1VX23ghPjIKEN4vTm8YhsDX0Nznf\';', secret: 'lin_api_MZmL2FLqvjhY1VX23ghPjIKEN4vTm8YhsDX0Nznf' },
  ],
  negative: [
    'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LINEAR_API_KEY=${LINEAR_API_KEY}',
    'LINEAR_API_KEY=<your-linear-api-key>',
    'LINEAR_API_KEY=lin_api_eiBx8Eqk1Cp8jGtkPXo9s4hlBYFTUzUpp0LQRQOWQOW',
    'LINEAR_API_KEY=lin_api_eiBx8Eqk1Cp8jGtkPXo9s4hlBYFTUzUpp0LQR',
  ],
};
export default fixtures;
