import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AI21_API_KEY=SfpF4wNc2b4v6bWGQXrP2X3OQCNh3bLh', secret: 'SfpF4wNc2b4v6bWGQXrP2X3OQCNh3bLh' },
    { text: '{"ai21_api_key": "MfEm33PUJijdqDqvWXPFsrEoelNF8WS9"}', secret: 'MfEm33PUJijdqDqvWXPFsrEoelNF8WS9' },
    { text: 'ai21_api_key: 1mh9YCQvIVV7mBQWzI5qXCTELc1HdnLv', secret: '1mh9YCQvIVV7mBQWzI5qXCTELc1HdnLv' },
    { text: 'export AI21_API_KEY="hkNvveutsp0XSoRisrap0FNAUYtuqLS6"', secret: 'hkNvveutsp0XSoRisrap0FNAUYtuqLS6' },
    { text: 'const ai21ApiKey = \'Ken8vFahluUXWARFwhpDuAnDNtblDFKz\';', secret: 'Ken8vFahluUXWARFwhpDuAnDNtblDFKz' },
  ],
  negative: [
    'AI21_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AI21_API_KEY=${AI21_API_KEY}',
    'AI21_API_KEY=<your-ai21-api-key>',
    '"etag": "Lrkew1ziC8s7QFEFaIfILhYIaW4EwFOT"',
    'AI21_API_KEY=Lrkew1ziC8s7QFEFaIfILhYIaW4EwFOTFOT',
    'AI21_API_KEY=Lrkew1ziC8s7QFEFaIfILhYIaW4Ew',
    'token = "tTN5KU77NOqNPZ483nLJptObUGZOWHfi"',
  ],
};
export default fixtures;
