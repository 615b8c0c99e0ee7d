import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '7937765656:AAqtDR4qcr4GWUN74BBcdCRwpxHXaj9isFY',
    { text: 'TELEGRAM_BOT_TOKEN=6102219811:AAnEkpQ6o0T14i1FGeMIYKHM48lsyu_P0Rc', secret: '6102219811:AAnEkpQ6o0T14i1FGeMIYKHM48lsyu_P0Rc' },
    { text: '{"telegram_bot_token": "9662766690:AAad2bakSyoZy-zLtZPJH0aHY5fUa8Mp5Nf"}', secret: '9662766690:AAad2bakSyoZy-zLtZPJH0aHY5fUa8Mp5Nf' },
    { text: 'telegram_bot_token: 9214229776:AA6LxhQ_4C67x92aDN-fHJPdzNtUWdec926', secret: '9214229776:AA6LxhQ_4C67x92aDN-fHJPdzNtUWdec926' },
    { text: 'export TELEGRAM_BOT_TOKEN="6544325479:AANHkykhZPFKBCYeU_H_--hDLqEa3h7Fari"', secret: '6544325479:AANHkykhZPFKBCYeU_H_--hDLqEa3h7Fari' },
    { text: 'const telegramBotToken = \'9585636663:AAVN1LLgqBcxyKdF3wPX9asmHVHyX21hxNQ\';', secret: '9585636663:AAVN1LLgqBcxyKdF3wPX9asmHVHyX21hxNQ' },
    { text: 'curl -s https://api.telegram.org/bot7874081418:AASdmvjvDq7O3P4pi5r9ZD2SQUYdqkHDPdc/getMe', secret: '7874081418:AASdmvjvDq7O3P4pi5r9ZD2SQUYdqkHDPdc' },
  ],
  negative: [
    'TELEGRAM_BOT_TOKEN=xxxxxxxxxx:xxxxxxxxxx_xxxxx-xxxxxxxxxxx_xxxx-x',
    'TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}',
    'TELEGRAM_BOT_TOKEN=<your-telegram-bot-token>',
    'TELEGRAM_BOT_TOKEN=4490735371:AAyWflAQ2C_Qj0j3-UTqTtsyZgLz_rjTK-WK-W',
    'TELEGRAM_BOT_TOKEN=4490735371:AAyWflAQ2C_Qj0j3-UTqTtsyZgLz_rjT',
    'at 1700000000:AAbbcc the job ran',
    'curl https://api.telegram.org/bot<token>/getMe',
  ],
};
export default fixtures;
