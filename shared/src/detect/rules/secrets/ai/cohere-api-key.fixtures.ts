import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'COHERE_API_KEY=E0pgxjPqUEDDsIZ9R4XhQ07C4i0FzFijxnxtRq0Y', secret: 'E0pgxjPqUEDDsIZ9R4XhQ07C4i0FzFijxnxtRq0Y' },
    { text: '{"cohere_api_key": "tA2gLWuzrmIO3zYsAas6VzwCF4APZplN3De9M4TX"}', secret: 'tA2gLWuzrmIO3zYsAas6VzwCF4APZplN3De9M4TX' },
    { text: 'cohere_api_key: t1aQeR98Key49MTAYB3IblWtcaY8T9nh5WfvU1zH', secret: 't1aQeR98Key49MTAYB3IblWtcaY8T9nh5WfvU1zH' },
    { text: 'export COHERE_API_KEY="a5c5M7HCGezu8VoQKgv7uonDIiQDL4MnXO0delUs"', secret: 'a5c5M7HCGezu8VoQKgv7uonDIiQDL4MnXO0delUs' },
    { text: 'const cohereApiKey = \'uH00lJqu0gR8iHu0kRh1Wfb5YBQYDBfnyxUrMNKO\';', secret: 'uH00lJqu0gR8iHu0kRh1Wfb5YBQYDBfnyxUrMNKO' },
  ],
  negative: [
    'COHERE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'COHERE_API_KEY=${COHERE_API_KEY}',
    'COHERE_API_KEY=<your-cohere-api-key>',
    '"etag": "BrDvTBvl9a9HKBQfGNZWyvnPrXARwd3nRGk0YcnV"',
    'COHERE_API_KEY=BrDvTBvl9a9HKBQfGNZWyvnPrXARwd3nRGk0YcnVcnV',
    'COHERE_API_KEY=BrDvTBvl9a9HKBQfGNZWyvnPrXARwd3nRGk0Y',
    'token = "6GNmh7N94aR06YFHVy1f41gzrSpdH7ev15j01zlR"',
  ],
};
export default fixtures;
