import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '9174860340:AAoMh5RPky_ZX4ey45TmaQMJqhm5PHNQAlX',
    { text: 'TELEGRAM_BOT_TOKEN=4945470875:AAwbcqvv_UE0nBjvlzpb-sR5fJhSpPPeR42', secret: '4945470875:AAwbcqvv_UE0nBjvlzpb-sR5fJhSpPPeR42' },
    { text: '{"telegram_bot_token": "5963104618:AAwJmyXRbBIVysmLG1MR6p0dtGME2kaBQzE"}', secret: '5963104618:AAwJmyXRbBIVysmLG1MR6p0dtGME2kaBQzE' },
    { text: 'telegram_bot_token: 9250820646:AA7fo31iaqA063q5qEQSCK1RP9_Qi3IIhkR', secret: '9250820646:AA7fo31iaqA063q5qEQSCK1RP9_Qi3IIhkR' },
    { text: 'export TELEGRAM_BOT_TOKEN="9572942676:AAsQTShUE929L3Q0LEbD4rvohLrEDXxH1Jy"', secret: '9572942676:AAsQTShUE929L3Q0LEbD4rvohLrEDXxH1Jy' },
    { text: 'const telegramBotToken = \'3089580564:AAvn4-IIz20AWgxE1rD-Y2MeOehRiQF3L-i\';', secret: '3089580564:AAvn4-IIz20AWgxE1rD-Y2MeOehRiQF3L-i' },
    { text: 'curl -s https://api.telegram.org/bot6030231457:AAuJ8Jv_vAMoAqo7OVvgK98UWaf6_QDnfn7/getMe', secret: '6030231457:AAuJ8Jv_vAMoAqo7OVvgK98UWaf6_QDnfn7' },
  ],
  negative: [
    'TELEGRAM_BOT_TOKEN=xxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxx',
    'TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}',
    'TELEGRAM_BOT_TOKEN=<your-telegram-bot-token>',
    'TELEGRAM_BOT_TOKEN=7004627460:AAwBXcQ4sZ6Guo2NgZVKYgdwLGAlNe-ghochoc',
    'TELEGRAM_BOT_TOKEN=7004627460:AAwBXcQ4sZ6Guo2NgZVKYgdwLGAlNe-g',
    'at 1700000000:AAbbcc the job ran',
    'curl https://api.telegram.org/bot<token>/getMe',
  ],
};
export default fixtures;
