import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'COINBASE_API_SECRET=ofP0KpmCxF+FPWCkDVbdl/b7+jPFQeZ/U/kYL9BC8rnYffkdZUG0IWJK9qAF8rrGoR9C5288tfTTasG5Hbb5Eh==', secret: 'ofP0KpmCxF+FPWCkDVbdl/b7+jPFQeZ/U/kYL9BC8rnYffkdZUG0IWJK9qAF8rrGoR9C5288tfTTasG5Hbb5Eh==' },
    { text: '{"coinbase_api_secret": "aLEQCAtFRh8geodk8PuXvqwMHPTB8RnNLXk7WFovZP1RfuUdb04Vh0DLP+Ga1sJ7iSeUPRdJy8XBQZWhZFQZ5u=="}', secret: 'aLEQCAtFRh8geodk8PuXvqwMHPTB8RnNLXk7WFovZP1RfuUdb04Vh0DLP+Ga1sJ7iSeUPRdJy8XBQZWhZFQZ5u==' },
    { text: 'coinbase_api_secret: 780M0HbkX1CvjNDgCWSu1Se3cdiFwPAuQbHL1lvjIb3bKfmwz9SdGcM0PYcwdo2WfjH33s8jljjD7ZsqsrRU++==', secret: '780M0HbkX1CvjNDgCWSu1Se3cdiFwPAuQbHL1lvjIb3bKfmwz9SdGcM0PYcwdo2WfjH33s8jljjD7ZsqsrRU++==' },
    { text: 'export COINBASE_API_SECRET="Q7i9abhkQc1ZDcLmqgziVIBcocTufoVT/yO/De5lwS6GJ9OIR1m+nu61L08PvX9N9R8KUjZvc5gVxAfIteIi2b=="', secret: 'Q7i9abhkQc1ZDcLmqgziVIBcocTufoVT/yO/De5lwS6GJ9OIR1m+nu61L08PvX9N9R8KUjZvc5gVxAfIteIi2b==' },
    { text: 'const coinbaseApiSecret = \'GEy0Npy89dVoNbRP4gfbA3pmMbiVCc8e4ziDnijSZLDWtPT4h75bf8NeYVVh2g1bD34e7QkWb/JEjN/6dNPPNS==\';', secret: 'GEy0Npy89dVoNbRP4gfbA3pmMbiVCc8e4ziDnijSZLDWtPT4h75bf8NeYVVh2g1bD34e7QkWb/JEjN/6dNPPNS==' },
  ],
  negative: [
    'COINBASE_API_SECRET=xxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
    'COINBASE_API_SECRET=${COINBASE_API_SECRET}',
    'COINBASE_API_SECRET=<your-coinbase-api-secret>',
    '"etag": "NPg/7O9weF1kRZohjbTHYPYjb4UMi938BqP/KJ0zYhXUQWz7Y4YusK/ltyKdOseLFyGIg7R3cQEN1lQVb0xZB7=="',
    'COINBASE_API_SECRET=NPg/7O9weF1kRZohjbTHYPYjb4UMi938BqP/KJ0zYhXUQWz7Y4YusK/ltyKdOseLFyGIg7R3cQEN1lQVb0xZB7==7==',
    'COINBASE_API_SECRET=NPg/7O9weF1kRZohjbTHYPYjb4UMi938BqP/KJ0zYhXUQWz7Y4YusK/ltyKdOseLFyGIg7R3cQEN1lQVb0xZB',
    'secret: tEMJFrtWRmhN97qdpo15aCVQs8mJ8JkAknJUUoc9fbVwXjzpAUSH4tyO7n4cVUbvHkV+AmMCOKCpZVQFUJGo/y==',
  ],
};
export default fixtures;
