import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AI21_API_KEY=rl61Dy1M2QAdnlO5hVvef8HO93q34h9W', secret: 'rl61Dy1M2QAdnlO5hVvef8HO93q34h9W' },
    { text: '{"ai21_api_key": "pv0cBYobsyUc1cLaA3YNEXHptsmvuX37"}', secret: 'pv0cBYobsyUc1cLaA3YNEXHptsmvuX37' },
    { text: 'ai21_api_key: lskUFgvazxGxTBswP7cKvRt2KIpq1LyY', secret: 'lskUFgvazxGxTBswP7cKvRt2KIpq1LyY' },
    { text: 'export AI21_API_KEY="n1XijHnZDj2za8qMqZB49xGwuU5Huzlv"', secret: 'n1XijHnZDj2za8qMqZB49xGwuU5Huzlv' },
    { text: 'const ai21ApiKey = \'DtRcd6ITvM7ZfXU3oUBjPBafiMrJPL8U\';', secret: 'DtRcd6ITvM7ZfXU3oUBjPBafiMrJPL8U' },
  ],
  negative: [
    'AI21_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AI21_API_KEY=${AI21_API_KEY}',
    'AI21_API_KEY=<your-ai21-api-key>',
    '"etag": "KjeoOEVyJMtH1qnn3zTZYeQwpzpEzdBb"',
    'AI21_API_KEY=KjeoOEVyJMtH1qnn3zTZYeQwpzpEzdBbdBb',
    'AI21_API_KEY=KjeoOEVyJMtH1qnn3zTZYeQwpzpEz',
    'token = "dx223W2U872vTZlPf6sV7fLTxigpRHzE"',
  ],
};
export default fixtures;
