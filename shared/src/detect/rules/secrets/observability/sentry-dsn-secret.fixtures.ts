import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://968bfcfc5bffca4ca6d636676505fe3e:1317da61b29dde14141fe5475c45394b@o802522.ingest.sentry.io/7910319', secret: '1317da61b29dde14141fe5475c45394b' },
    { text: 'SENTRY_DSN=https://f829e5e5d7683937256afe37d89cae61:f7786fd122e542072008fe32fcb8e88c@o254665.ingest.sentry.io/8641607', secret: 'f7786fd122e542072008fe32fcb8e88c' },
    { text: '{"sentry_dsn": "https://5730268dec119ad43214f9262f1109b0:771b68c8c96e57fe962ec337bc9572f9@o803082.ingest.sentry.io/3973732"}', secret: '771b68c8c96e57fe962ec337bc9572f9' },
    { text: 'sentry_dsn: https://c0708de2abdb638098a96f328f8174a9:a459001792e8f386a5d8cebdb6080d0c@o231760.ingest.sentry.io/9711681', secret: 'a459001792e8f386a5d8cebdb6080d0c' },
    { text: 'export SENTRY_DSN="https://11c69ab71ac61ac65ad84b60f00695a5:f281e75fc37cb0f83f07f13ef37de4ca@o546298.ingest.sentry.io/6829672"', secret: 'f281e75fc37cb0f83f07f13ef37de4ca' },
    { text: 'const sentryDsn = \'https://2eab1f7f1e8306416cf482edf89a0302:3c786b47eb1bfdea2ba78b1011f7f525@o260084.ingest.sentry.io/7381899\';', secret: '3c786b47eb1bfdea2ba78b1011f7f525' },
  ],
  negative: [
    'SENTRY_DSN=https://df62043e9ad00742922b07bc387c75ff:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o498046.ingest.sentry.io/3272070',
    'SENTRY_DSN=${SENTRY_DSN}',
    'SENTRY_DSN=<your-sentry-dsn-secret>',
    'SENTRY_DSN=https://c8f7d91e4f0eea8e7c481bcd2edabc90:b09a834eaf0c962e1ea85bdc69456a76a76@o852437.ingest.sentry.io/5855423',
    'SENTRY_DSN=https://eafd0752f723307c58fda252c4df92b6:b09a834eaf0c962e1ea85bdc69456@o591584.ingest.sentry.io/7205915',
  ],
};
export default fixtures;
