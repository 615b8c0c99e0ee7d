import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxb-51305326360-2847915391135-MHbL9IJgIIfS0LdTFxgYGeS0',
    { text: 'SLACK_BOT_TOKEN=xoxb-51515554143-1730773447490-8iDsRCyF2QmXgQ5Jqtq84JZf', secret: 'xoxb-51515554143-1730773447490-8iDsRCyF2QmXgQ5Jqtq84JZf' },
    { text: '{"slack_bot_token": "xoxb-54406383973-5883597458265-yzcfmt4eUucMU5g9v3BKo7Kn"}', secret: 'xoxb-54406383973-5883597458265-yzcfmt4eUucMU5g9v3BKo7Kn' },
    { text: 'slack_bot_token: xoxb-44779836380-7710659167248-7rkiFATl79BrFqo5qEnGSgWx', secret: 'xoxb-44779836380-7710659167248-7rkiFATl79BrFqo5qEnGSgWx' },
    { text: 'export SLACK_BOT_TOKEN="xoxb-16554355993-5630375457658-Pv5RMIUYjrn5IgZgjr56IPtz"', secret: 'xoxb-16554355993-5630375457658-Pv5RMIUYjrn5IgZgjr56IPtz' },
    { text: 'const slackBotToken = \'xoxb-42750682871-6586084490011-XmVo5KYfnLj9yzJymOsHTHlP\';', secret: 'xoxb-42750682871-6586084490011-XmVo5KYfnLj9yzJymOsHTHlP' },
  ],
  negative: [
    'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}',
    'SLACK_BOT_TOKEN=<your-slack-bot-token>',
    'SLACK_BOT_TOKEN=xoxb-34361149158-8125297861797-R5Pqikjd9OjgWROrfX5e1is2is2',
    'SLACK_BOT_TOKEN=xoxb-34361149158-8125297861797-R5Pqikjd9OjgWROrfX5e1',
  ],
};
export default fixtures;
