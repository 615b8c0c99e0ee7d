import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'api-DE46F509DC10D2A6725F5BDAB8EAAE5C',
    { text: 'SMTP2GO_API_KEY=api-A5B5A70534289CB9790A87E909E809E1', secret: 'api-A5B5A70534289CB9790A87E909E809E1' },
    { text: '{"smtp2go_api_key": "api-CC2F7E288D93747687F9B8D91F45C449"}', secret: 'api-CC2F7E288D93747687F9B8D91F45C449' },
    { text: 'smtp2go_api_key: api-4FE3932BAFA75DF6C968F3F0D388FF92', secret: 'api-4FE3932BAFA75DF6C968F3F0D388FF92' },
    { text: 'export SMTP2GO_API_KEY="api-DFC80EBFF3615011DCA21A98606A2270"', secret: 'api-DFC80EBFF3615011DCA21A98606A2270' },
    { text: 'const smtp2goApiKey = \'api-1D9A1EBCE4E0936ABD5C491A85DC3CDE\';', secret: 'api-1D9A1EBCE4E0936ABD5C491A85DC3CDE' },
  ],
  negative: [
    'SMTP2GO_API_KEY=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SMTP2GO_API_KEY=${SMTP2GO_API_KEY}',
    'SMTP2GO_API_KEY=<your-smtp2go-api-key>',
    'SMTP2GO_API_KEY=api-9601F140132A08D99BCB38B77A9CF611611',
    'SMTP2GO_API_KEY=api-9601F140132A08D99BCB38B77A9CF',
  ],
};
export default fixtures;
