import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxb-21420807046-7496057997964-j9qej9ryUnVgfP923irtkA8b',
    { text: 'SLACK_BOT_TOKEN=xoxb-72306959583-9144428601079-IVgYOH9Cqh6DEm5wkcfALzhc', secret: 'xoxb-72306959583-9144428601079-IVgYOH9Cqh6DEm5wkcfALzhc' },
    { text: '{"slack_bot_token": "xoxb-37706892893-3015127973639-KjT13kgavAEZVAszqE4zlI0G"}', secret: 'xoxb-37706892893-3015127973639-KjT13kgavAEZVAszqE4zlI0G' },
    { text: 'slack_bot_token: xoxb-12365496875-8856507435985-9a2Hp1NvGDal7HT8nC4dh9HU', secret: 'xoxb-12365496875-8856507435985-9a2Hp1NvGDal7HT8nC4dh9HU' },
    { text: 'export SLACK_BOT_TOKEN="xoxb-13374304543-3835721012178-7mG3v5Yw48m4j5SxLW8gWDBR"', secret: 'xoxb-13374304543-3835721012178-7mG3v5Yw48m4j5SxLW8gWDBR' },
    { text: 'const slackBotToken = \'xoxb-14927533777-7809411803483-m0PON2YIlkMbhxoyIH3mUuEg\';', secret: 'xoxb-14927533777-7809411803483-m0PON2YIlkMbhxoyIH3mUuEg' },
    { text: '"bot_token": "xoxb-194796860035-J4KbfvXyRryD0paeQEV"', secret: 'xoxb-194796860035-J4KbfvXyRryD0paeQEV' },
  ],
  negative: [
    'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}',
    'SLACK_BOT_TOKEN=<your-slack-bot-token>',
    'SLACK_BOT_TOKEN=xoxb-24836107936-2941245781054-amIZTy1Gsyjec1CNW6o8hrhHrhH',
    'SLACK_BOT_TOKEN=xoxb-24836107936-2941245781054-amIZTy1Gsyjec1CNW6o8h',
    'SLACK_BOT_TOKEN=xoxb-048029119297-4347085373963',
  ],
};
export default fixtures;
