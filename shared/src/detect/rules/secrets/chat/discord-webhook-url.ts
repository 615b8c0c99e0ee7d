import { tokenRule } from '../../../define';

/** Discord webhook: `discord.com/api/webhooks/<snowflake>/<68-char token>`. */
export const discordWebhookUrl = tokenRule({
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['//discord.com/api/', '//discordapp.com/api/', '//canary.discord.com/api/', '//ptb.discord.com/api/', 'discord.com/api/', 'discordapp.com/api/'],
  pattern: /(?:\/\/)?(?<secret>(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/,
});
