import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DISCORD_CLIENT_SECRET=zKXngXOk8fQgsUezp3zFv6tl8H8Hvzch', secret: 'zKXngXOk8fQgsUezp3zFv6tl8H8Hvzch' },
    { text: '{"discord_client_secret": "RCdGXewRrBmUlMzXP7Uv5o9uzQ0PTBjm"}', secret: 'RCdGXewRrBmUlMzXP7Uv5o9uzQ0PTBjm' },
    { text: 'discord_client_secret: S6XN5YCaeSNjlRNyVFmw9lol9jVXrUiP', secret: 'S6XN5YCaeSNjlRNyVFmw9lol9jVXrUiP' },
    { text: 'export DISCORD_CLIENT_SECRET="uhLEEmmBnN6h2bYAHMt4kCkPG37pYfZR"', secret: 'uhLEEmmBnN6h2bYAHMt4kCkPG37pYfZR' },
    { text: 'const discordClientSecret = \'0n0nwNf51tqREFPbIaXPy0im2t6gCt8T\';', secret: '0n0nwNf51tqREFPbIaXPy0im2t6gCt8T' },
  ],
  negative: [
    'DISCORD_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}',
    'DISCORD_CLIENT_SECRET=<your-discord-client-secret>',
    '"etag": "mNujweYFwMvZV0nW41vdEmJvfNo48UQk"',
    'DISCORD_CLIENT_SECRET=mNujweYFwMvZV0nW41vdEmJvfNo48UQkUQk',
    'DISCORD_CLIENT_SECRET=mNujweYFwMvZV0nW41vdEmJvfNo48',
    'client_secret = "6d1CMS9rlGE4r6S1KqWGt5WA0oZdRn63"',
  ],
};
export default fixtures;
