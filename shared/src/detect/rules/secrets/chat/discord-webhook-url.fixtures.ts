import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://discord.com/api/webhooks/4448097393804379828/rMVSg78b0V0h_DvTTQ5EUQaFPL1D28XcrvNZ48bUYQi2j1bSpkhA49-J_TQshl0aB-8R', secret: 'discord.com/api/webhooks/4448097393804379828/rMVSg78b0V0h_DvTTQ5EUQaFPL1D28XcrvNZ48bUYQi2j1bSpkhA49-J_TQshl0aB-8R' },
    { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/2035994475962630842/xmC9CZsrqLwxBPCeWMuZN1JdqG3J16Z0rxFv5ja_IRABcABlFDfFdpRcdiPZzj0cmD9o', secret: 'discord.com/api/webhooks/2035994475962630842/xmC9CZsrqLwxBPCeWMuZN1JdqG3J16Z0rxFv5ja_IRABcABlFDfFdpRcdiPZzj0cmD9o' },
    { text: '{"discord_webhook_url": "https://discord.com/api/webhooks/2978920114713805961/5zO1Hh87yOz4CO6Qp4wgpLHgezXQLqrFm05Di7BqoxHovuESLI316eKs32QLDbGIQoPo"}', secret: 'discord.com/api/webhooks/2978920114713805961/5zO1Hh87yOz4CO6Qp4wgpLHgezXQLqrFm05Di7BqoxHovuESLI316eKs32QLDbGIQoPo' },
    { text: 'discord_webhook_url: https://discord.com/api/webhooks/5430140860598111210/tGBV9ndPijzgIBz3WrFDsEyubS-a8zYtxtSG-dVOziY9fSnqb6Z4wgxGN30VcM215yEe', secret: 'discord.com/api/webhooks/5430140860598111210/tGBV9ndPijzgIBz3WrFDsEyubS-a8zYtxtSG-dVOziY9fSnqb6Z4wgxGN30VcM215yEe' },
    { text: 'export DISCORD_WEBHOOK_URL="https://discord.com/api/webhooks/5134379920104418185/Cu12rmZ3kEhRjzu9LoKPyOn5Ofd04Hpl6xxiOzr-GYmuTYLXR4Y4BhtKndCHtoImOhTQ"', secret: 'discord.com/api/webhooks/5134379920104418185/Cu12rmZ3kEhRjzu9LoKPyOn5Ofd04Hpl6xxiOzr-GYmuTYLXR4Y4BhtKndCHtoImOhTQ' },
    { text: 'const discordWebhookUrl = \'https://discord.com/api/webhooks/5454963379934836264/jVXwrk0vdf9J3xfqWnSW_i4l2gQKruG5Q64gbxzvThgiqwmqa8BfgA8RzpgQVyqqur3D\';', secret: 'discord.com/api/webhooks/5454963379934836264/jVXwrk0vdf9J3xfqWnSW_i4l2gQKruG5Q64gbxzvThgiqwmqa8BfgA8RzpgQVyqqur3D' },
  ],
  negative: [
    'DISCORD_WEBHOOK_URL=https://discord.com/api/xxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxx-x-xx-xxxxx-xxxxxxxxxxxxxxxxxxx',
    'DISCORD_WEBHOOK_URL=${DISCORD_WEBHOOK_URL}',
    'DISCORD_WEBHOOK_URL=<your-discord-webhook-url>',
  ],
};
export default fixtures;
