import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ONESIGNAL_REST_API_KEY=dEGYZAoMnmUONQMk0xjFsuyIhtGcl3PqR7RTyI94xgEtUpDr', secret: 'dEGYZAoMnmUONQMk0xjFsuyIhtGcl3PqR7RTyI94xgEtUpDr' },
    { text: '{"onesignal_rest_api_key": "m7RblelPogN4n4NoFTWDtCDR4cZhrhQ4Bi4dGIBjXunpz3Lw"}', secret: 'm7RblelPogN4n4NoFTWDtCDR4cZhrhQ4Bi4dGIBjXunpz3Lw' },
    { text: 'onesignal_rest_api_key: HvRCBLWKp1WhKi55zkcMZI8ZB4Q8liP8ewfAQsfXWMp6nhbF', secret: 'HvRCBLWKp1WhKi55zkcMZI8ZB4Q8liP8ewfAQsfXWMp6nhbF' },
    { text: 'export ONESIGNAL_REST_API_KEY="KyxlPlkj8MhfTcoKXYCfCldkUoPBoAtstYo69wxAZQZPI4fO"', secret: 'KyxlPlkj8MhfTcoKXYCfCldkUoPBoAtstYo69wxAZQZPI4fO' },
    { text: 'const onesignalRestApiKey = \'tquSkS9fRLkjucCsBcCC36tJuqjiZ7f5pi26giZIip7yABlS\';', secret: 'tquSkS9fRLkjucCsBcCC36tJuqjiZ7f5pi26giZIip7yABlS' },
  ],
  negative: [
    'ONESIGNAL_REST_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}',
    'ONESIGNAL_REST_API_KEY=<your-onesignal-legacy-api-key>',
    '"etag": "F2v2r3qTPpRsCqTtt6ZQil0bwGHcJxkW61YWbE8BrsXCCgoJ"',
    'ONESIGNAL_REST_API_KEY=F2v2r3qTPpRsCqTtt6ZQil0bwGHcJxkW61YWbE8BrsXCCgoJgoJ',
    'ONESIGNAL_REST_API_KEY=F2v2r3qTPpRsCqTtt6ZQil0bwGHcJxkW61YWbE8BrsXCC',
    'key: TmsqsIq67q4JAG0BKs37VITyRVhC5ZXp0JG3GipwNdWd7c7o',
  ],
};
export default fixtures;
