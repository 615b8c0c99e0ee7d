import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PUSHOVER_TOKEN=d0asvhhlne8g1ir48nrb5nm8681h6l', secret: 'd0asvhhlne8g1ir48nrb5nm8681h6l' },
    { text: '{"pushover_token": "6fg8l30dqrsfu4inje5i6njb5tc6dq"}', secret: '6fg8l30dqrsfu4inje5i6njb5tc6dq' },
    { text: 'pushover_token: xoo6ds82f30wlynrwf2sa6mq8qc021', secret: 'xoo6ds82f30wlynrwf2sa6mq8qc021' },
    { text: 'export PUSHOVER_TOKEN="j59h38l9ttt5r9hd96t8ts4v42p7vp"', secret: 'j59h38l9ttt5r9hd96t8ts4v42p7vp' },
    { text: 'const pushoverToken = \'1au6y4dibdbpede7n4lf3m4dfwxrx4\';', secret: '1au6y4dibdbpede7n4lf3m4dfwxrx4' },
  ],
  negative: [
    'PUSHOVER_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PUSHOVER_TOKEN=${PUSHOVER_TOKEN}',
    'PUSHOVER_TOKEN=<your-pushover-token>',
    '"etag": "yurdidkm0dmnvrwvn53cc03zjaok27"',
    'PUSHOVER_TOKEN=yurdidkm0dmnvrwvn53cc03zjaok27k27',
    'PUSHOVER_TOKEN=yurdidkm0dmnvrwvn53cc03zjao',
    'token=fu7qejcd907w14s3v0ul8x1iq5m1a8',
  ],
};
export default fixtures;
