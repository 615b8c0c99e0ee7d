import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NzgyNzQwMDI4MTUwMjYwNDUyNA.Uwuuk4.Xwnp52F7ZD7xLu0g3JKxTa6X6AKCgoPsbO--yp',
    { text: 'DISCORD_BOT_TOKEN=NDUzMjY3NDE0OTA5MjYyNDEwOA.LJbBFp.DkdB4zecWRBSPgnhDDzA7xeIChTCGJdiaUxl-2', secret: 'NDUzMjY3NDE0OTA5MjYyNDEwOA.LJbBFp.DkdB4zecWRBSPgnhDDzA7xeIChTCGJdiaUxl-2' },
    { text: '{"discord_bot_token": "ODI5MjI3MjYxMzkxOTA3ODg4MA.cgw-aF.wVBv6xbO0TtNW_lPxvr8jBQFEWvGcTU3uZ2kqr"}', secret: 'ODI5MjI3MjYxMzkxOTA3ODg4MA.cgw-aF.wVBv6xbO0TtNW_lPxvr8jBQFEWvGcTU3uZ2kqr' },
    { text: 'discord_bot_token: MjE0MjA1NjQ3NzE1ODgyMzQxMw.SW4Nc9.zNkhTaDVHbK3QxgyEOQZN1lUs5e3ns3bYI0VtJ', secret: 'MjE0MjA1NjQ3NzE1ODgyMzQxMw.SW4Nc9.zNkhTaDVHbK3QxgyEOQZN1lUs5e3ns3bYI0VtJ' },
    { text: 'export DISCORD_BOT_TOKEN="NjU0MDMzOTYzMjM1MzE0MTc3OA.grF9Of.FkaN5Od7Ct8nfuO2D5w7TRc7CLwZQRI0X6Kv6Y"', secret: 'NjU0MDMzOTYzMjM1MzE0MTc3OA.grF9Of.FkaN5Od7Ct8nfuO2D5w7TRc7CLwZQRI0X6Kv6Y' },
    { text: 'const discordBotToken = \'MzYwMzM5NzQyOTk1ODIyODQ1MA.5P9sGM.7fnq9RQoevvDC0OdYqQ36uxbCpO0b_9GOO4xqC\';', secret: 'MzYwMzM5NzQyOTk1ODIyODQ1MA.5P9sGM.7fnq9RQoevvDC0OdYqQ36uxbCpO0b_9GOO4xqC' },
  ],
  negative: [
    'DISCORD_BOT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}',
    'DISCORD_BOT_TOKEN=<your-discord-bot-token>',
    'DISCORD_BOT_TOKEN=NDE3Mjg4NTg5Nzg4ODY2NTQ1OQ.VkXsAE.lQdHp-JDU3S2ta9fE1FIXuxyV95TM0b4ruCJjhJjh',
    'token = "NzkyNzE1NDU0MTk2MDg4ABCdef.g95LEX.i4tJyNruHMO4JBTSFPmZQMP-v6b8eKAuLcUats"',
  ],
};
export default fixtures;
