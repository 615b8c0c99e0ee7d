import { tokenRule } from '../../../define';

/** Telegram bot token: numeric bot id, `:`, then 35 base64url characters starting with `AA`. Dispatched on every two-digit start (the pattern rejects other numbers at once) and on Bot API URLs (`api.telegram.org/bot<token>/...`). */
export const telegramBotToken = tokenRule({
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['//api.telegram.org/bot', 'api.telegram.org/bot', ...Array.from({ length: 90 }, (_, i) => String(i + 10))],
  pattern: /(?:(?:\/\/)?api\.telegram\.org\/(?:file\/)?bot)?(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
});
