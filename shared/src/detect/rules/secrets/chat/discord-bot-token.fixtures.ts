import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'MTE1MTczMTE5OTc0MTMwNDA4NQ.5gqfHq.TDcn_IOy6KWflRqkFOECoMxXd5mipADlvcaTZa',
    { text: 'DISCORD_BOT_TOKEN=NjU1Mjc1OTU2MzExMTgyOTA5Ng.g9P3K5.zJhEKmvbq0ZXgrF7diUvXY9WVv7jgJx4A1rv9N', secret: 'NjU1Mjc1OTU2MzExMTgyOTA5Ng.g9P3K5.zJhEKmvbq0ZXgrF7diUvXY9WVv7jgJx4A1rv9N' },
    { text: '{"discord_bot_token": "NzcxMDY3MDQ5NjI3MjY4NzkzMQ.B85-_D.I_dq2Tnxqhd5Txi9w06FWL2DwMEg1teyI5FwEI"}', secret: 'NzcxMDY3MDQ5NjI3MjY4NzkzMQ.B85-_D.I_dq2Tnxqhd5Txi9w06FWL2DwMEg1teyI5FwEI' },
    { text: 'discord_bot_token: NjkyODgyNTU0NTQ0NzUyMjEzOQ.w_qiRn.nnBvAtp_DhEUsjBaR2Tiafn2v20dZrDNoNj3A9', secret: 'NjkyODgyNTU0NTQ0NzUyMjEzOQ.w_qiRn.nnBvAtp_DhEUsjBaR2Tiafn2v20dZrDNoNj3A9' },
    { text: 'export DISCORD_BOT_TOKEN="MzM0Mjc2MjUwNDE4MjkzMzUxMw.CnPL5Y.i-KssQI8uphtxy-i1AcRdPOxTNwDY_XTrPLryU"', secret: 'MzM0Mjc2MjUwNDE4MjkzMzUxMw.CnPL5Y.i-KssQI8uphtxy-i1AcRdPOxTNwDY_XTrPLryU' },
    { text: 'const discordBotToken = \'NTQ5NzA3MzAyNTYxNDA5ODE1MA.Vpjr6r.9H68lIV5binSf7fvj8ITYjPXX2vwhwe19sIm4A\';', secret: 'NTQ5NzA3MzAyNTYxNDA5ODE1MA.Vpjr6r.9H68lIV5binSf7fvj8ITYjPXX2vwhwe19sIm4A' },
  ],
  negative: [
    'DISCORD_BOT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxx',
    'DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}',
    'DISCORD_BOT_TOKEN=<your-discord-bot-token>',
    'DISCORD_BOT_TOKEN=OTY5NTk1NTEwOTE2ODE2MTc4NQ.saXzgY.UWut6VZkrpz5gx3dgCOiP_vInznPZ5pk4ONRl3Rl3',
    'token = "NzkyNzE1NDU0MTk2MDg4ABCdef.88_g4O.zGO8_pLd09jpxlGyB9y21I1h-5WWa9tEiMQbMB"',
  ],
};
export default fixtures;
