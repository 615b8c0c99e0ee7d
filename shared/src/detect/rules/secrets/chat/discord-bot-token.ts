import { tokenRule } from '../../../define';

/** Discord bot token: base64 of the numeric bot id, `.`, a 6-char timestamp, `.`, an HMAC. The first part always decodes to a 17-20 digit snowflake, which `validate` checks. */
export const discordBotToken = tokenRule({
  id: 'discord-bot-token',
  title: 'Discord bot token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT'],
  pattern: /[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])/,
  validate: (value) => {
    const head = value.slice(0, value.indexOf('.'));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let decoded = '';
    let acc = 0;
    let bits = 0;
    for (const char of head) {
      const index = alphabet.indexOf(char);
      if (index < 0) return false;
      acc = ((acc << 6) | index) & 0xffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        decoded += String.fromCharCode((acc >> bits) & 0xff);
      }
    }
    return /^[0-9]{17,20}$/.test(decoded);
  },
});
