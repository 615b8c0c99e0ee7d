import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ZULIP_API_KEY=9XKx7NjseI4U9geQwk9PTTTcfuCrxbhC', secret: '9XKx7NjseI4U9geQwk9PTTTcfuCrxbhC' },
    { text: '{"zulip_api_key": "P1eyFeqERoYgWyZc5FQjFRfFqEKuSowT"}', secret: 'P1eyFeqERoYgWyZc5FQjFRfFqEKuSowT' },
    { text: 'zulip_api_key: 8s44n2tpIc6gCD1zfbd9gMmozyeUXbGT', secret: '8s44n2tpIc6gCD1zfbd9gMmozyeUXbGT' },
    { text: 'export ZULIP_API_KEY="3GFJgrcvUQz2Eb56LeoeG62Pe9hxSlJA"', secret: '3GFJgrcvUQz2Eb56LeoeG62Pe9hxSlJA' },
    { text: 'const zulipApiKey = \'PB3uP8uLSbnyHzI3cIsvSrEoWZE02Dna\';', secret: 'PB3uP8uLSbnyHzI3cIsvSrEoWZE02Dna' },
  ],
  negative: [
    'ZULIP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ZULIP_API_KEY=${ZULIP_API_KEY}',
    'ZULIP_API_KEY=<your-zulip-api-key>',
    '"etag": "Jixad0iS2vlR6hEIp8rzNNS1Km1cSuuC"',
    'ZULIP_API_KEY=Jixad0iS2vlR6hEIp8rzNNS1Km1cSuuCuuC',
    'ZULIP_API_KEY=Jixad0iS2vlR6hEIp8rzNNS1Km1cS',
    'api_key=ION0l7YYiLJoc7VN0bSBtb5nnWU13wkW',
  ],
};
export default fixtures;
