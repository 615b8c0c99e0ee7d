import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DISCORD_CLIENT_SECRET=nkum6owThbPwc7ckgfYjkxDuJmihGdg4', secret: 'nkum6owThbPwc7ckgfYjkxDuJmihGdg4' },
    { text: '{"discord_client_secret": "AJdr9ASCyLw3aPtUy3PGnV53OlxzpKr5"}', secret: 'AJdr9ASCyLw3aPtUy3PGnV53OlxzpKr5' },
    { text: 'discord_client_secret: LcctZjeeUv1qUunkLWOYYjZlYKHJ4KHG', secret: 'LcctZjeeUv1qUunkLWOYYjZlYKHJ4KHG' },
    { text: 'export DISCORD_CLIENT_SECRET="bPbqYJT4JThBOMg1gw5pjq3eVX2ED6DB"', secret: 'bPbqYJT4JThBOMg1gw5pjq3eVX2ED6DB' },
    { text: 'const discordClientSecret = \'Hltgi1vCHIOvCpc34vmWotQMRd8dvhyG\';', secret: 'Hltgi1vCHIOvCpc34vmWotQMRd8dvhyG' },
  ],
  negative: [
    'DISCORD_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}',
    'DISCORD_CLIENT_SECRET=<your-discord-client-secret>',
    '"etag": "EhZ4OqpfbuMokk91FT1KPWvdDjm4Kw90"',
    'DISCORD_CLIENT_SECRET=EhZ4OqpfbuMokk91FT1KPWvdDjm4Kw90w90',
    'DISCORD_CLIENT_SECRET=EhZ4OqpfbuMokk91FT1KPWvdDjm4K',
    'client_secret = "P0Zt57F70fGO59NXsTubBBnn6Jh4TLW0"',
  ],
};
export default fixtures;
