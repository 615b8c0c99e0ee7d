import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xai-U8jX7tbU30K9gGjYA7mxPNwNj3iuYv3kd3FgeloviHkV2xrHThBsj3zby5MYkREuXMcAkI3augpfJreG',
    { text: 'XAI_API_KEY=xai-p6MRszJJ1j4nvnfwQ7GdgZk0ZdRAGA5expXuPJxjS4gLjFqk2zoLYZ8vRHblVdjCFa0pef0FwN2S1Bw8', secret: 'xai-p6MRszJJ1j4nvnfwQ7GdgZk0ZdRAGA5expXuPJxjS4gLjFqk2zoLYZ8vRHblVdjCFa0pef0FwN2S1Bw8' },
    { text: '{"xai_api_key": "xai-kxIznabrcncvhEvE1lWDKnFKq3Svyq2ekBdf9gsEIW4H7ppB8cfaaCOjOVEpAmW7hAYI2Igk66aWfHzI"}', secret: 'xai-kxIznabrcncvhEvE1lWDKnFKq3Svyq2ekBdf9gsEIW4H7ppB8cfaaCOjOVEpAmW7hAYI2Igk66aWfHzI' },
    { text: 'xai_api_key: xai-K4c1DNJQEwRbmbWg0EfwAHSnoUF16lSa1HvEXRit3oppKuWU8QgDWWDWqLEKoMqXaR39HiuE0RDX8BQH', secret: 'xai-K4c1DNJQEwRbmbWg0EfwAHSnoUF16lSa1HvEXRit3oppKuWU8QgDWWDWqLEKoMqXaR39HiuE0RDX8BQH' },
    { text: 'export XAI_API_KEY="xai-qpH4V6NoDW4Bntj6GqvKRFEqXvMUC8uS0yABHp8zRh6turIX52n9Z2lbegdFRYBMc9sjQSBmOg17rQPW"', secret: 'xai-qpH4V6NoDW4Bntj6GqvKRFEqXvMUC8uS0yABHp8zRh6turIX52n9Z2lbegdFRYBMc9sjQSBmOg17rQPW' },
    { text: 'const xaiApiKey = \'xai-KruTiUYUUqh8NRwqe58efEcY4HP9gYTVsktR3FT4nitpUQYbFOjskD3LS9vGpS4gKd8T1GcmdFa1XAGr\';', secret: 'xai-KruTiUYUUqh8NRwqe58efEcY4HP9gYTVsktR3FT4nitpUQYbFOjskD3LS9vGpS4gKd8T1GcmdFa1XAGr' },
  ],
  negative: [
    'XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'XAI_API_KEY=${XAI_API_KEY}',
    'XAI_API_KEY=<your-xai-api-key>',
  ],
};
export default fixtures;
