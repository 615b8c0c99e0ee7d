import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWITTER_ACCESS_TOKEN_SECRET=Qei62ER9PEh3oYNXvDVcAkjOq70kAjOy1GlTvN9lHYNgd', secret: 'Qei62ER9PEh3oYNXvDVcAkjOq70kAjOy1GlTvN9lHYNgd' },
    { text: '{"twitter_access_token_secret": "xTNOR3uuCuj2MZ2TwwPbJGbVZpho5LAt9hzheqjpvsss0"}', secret: 'xTNOR3uuCuj2MZ2TwwPbJGbVZpho5LAt9hzheqjpvsss0' },
    { text: 'twitter_access_token_secret: D5oAa4wmkizyzMfL6yHs6D27gRUgYfFGf9uGeIMLW37oq', secret: 'D5oAa4wmkizyzMfL6yHs6D27gRUgYfFGf9uGeIMLW37oq' },
    { text: 'export TWITTER_ACCESS_TOKEN_SECRET="xQZsOSuaumPEJ9zvG6pH8OW6WhASgnnJwKWL6rXbKRGNc"', secret: 'xQZsOSuaumPEJ9zvG6pH8OW6WhASgnnJwKWL6rXbKRGNc' },
    { text: 'const twitterAccessTokenSecret = \'6UDMkceZkIKSu6rudFUOi8acW3G50gI87TZF67MlnCbFk\';', secret: '6UDMkceZkIKSu6rudFUOi8acW3G50gI87TZF67MlnCbFk' },
  ],
  negative: [
    'TWITTER_ACCESS_TOKEN_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWITTER_ACCESS_TOKEN_SECRET=${TWITTER_ACCESS_TOKEN_SECRET}',
    'TWITTER_ACCESS_TOKEN_SECRET=<your-twitter-access-token-secret>',
    '"etag": "9c6FoBGpzkdTu68axq0rnirSExd1gA6BbC5Eg5BP0XrjZ"',
    'TWITTER_ACCESS_TOKEN_SECRET=9c6FoBGpzkdTu68axq0rnirSExd1gA6BbC5Eg5BP0XrjZrjZ',
    'TWITTER_ACCESS_TOKEN_SECRET=9c6FoBGpzkdTu68axq0rnirSExd1gA6BbC5Eg5BP0X',
    'secret=P5KJtEbe30uoqJ7r6G14p8W5FnR6UKFmtR4Mxjn50REHR',
  ],
};
export default fixtures;
