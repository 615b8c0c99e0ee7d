import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://discord.com/api/webhooks/7247494808416464994/3RgHY5Ta12G_mFccISlpA_a51AuxQwOkBT77YtAUIvzSU1cQFFX5tIFdDcub4quIVZfk', secret: 'discord.com/api/webhooks/7247494808416464994/3RgHY5Ta12G_mFccISlpA_a51AuxQwOkBT77YtAUIvzSU1cQFFX5tIFdDcub4quIVZfk' },
    { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/3072064858805450538/TE4ELLWZ2jrLpSLJhw3pE2Zf-mf190PoVFmcg6riKCG6PFpnk2Tc27Obd4Lwfxs4FsEf', secret: 'discord.com/api/webhooks/3072064858805450538/TE4ELLWZ2jrLpSLJhw3pE2Zf-mf190PoVFmcg6riKCG6PFpnk2Tc27Obd4Lwfxs4FsEf' },
    { text: '{"discord_webhook_url": "https://discord.com/api/webhooks/9486705085645066222/7ZQmLwYbtSbQe11D042vGxORCiH9bS6XynU4J6vZdz1OWKnDlms9Y7Ya--OguWI8xHbf"}', secret: 'discord.com/api/webhooks/9486705085645066222/7ZQmLwYbtSbQe11D042vGxORCiH9bS6XynU4J6vZdz1OWKnDlms9Y7Ya--OguWI8xHbf' },
    { text: 'discord_webhook_url: https://discord.com/api/webhooks/9088018580695504066/hCHNqafT0i0hdT8bdbC49HWHm6Mj6LhuyBpletNFSgyZocxiqDm1uq2buxHZKXGhjvUg', secret: 'discord.com/api/webhooks/9088018580695504066/hCHNqafT0i0hdT8bdbC49HWHm6Mj6LhuyBpletNFSgyZocxiqDm1uq2buxHZKXGhjvUg' },
    { text: 'export DISCORD_WEBHOOK_URL="https://discord.com/api/webhooks/8898905104760164531/caqOtuaOHjkneuXar1W9tBqK695bNsuh9sYgDZrgMz4AsEkywDh2BxVf_ra6T72c4P3n"', secret: 'discord.com/api/webhooks/8898905104760164531/caqOtuaOHjkneuXar1W9tBqK695bNsuh9sYgDZrgMz4AsEkywDh2BxVf_ra6T72c4P3n' },
    { text: 'const discordWebhookUrl = \'https://discord.com/api/webhooks/7794600773058681122/cMoGhpUmBy_Z8aqJ1UXiL7odBQhrLlapZZPAzUpr7v6Jqz0G77fc5pofSEFZ14wf0yiS\';', secret: 'discord.com/api/webhooks/7794600773058681122/cMoGhpUmBy_Z8aqJ1UXiL7odBQhrLlapZZPAzUpr7v6Jqz0G77fc5pofSEFZ14wf0yiS' },
  ],
  negative: [
    'DISCORD_WEBHOOK_URL=https://discord.com/api/xxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DISCORD_WEBHOOK_URL=${DISCORD_WEBHOOK_URL}',
    'DISCORD_WEBHOOK_URL=<your-discord-webhook-url>',
  ],
};
export default fixtures;
