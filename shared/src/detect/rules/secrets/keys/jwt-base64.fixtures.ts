import type { RuleFixtures } from '../../../rule';

const TOKEN =
  'ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNkltc3hJbjAuZXlKcGMzTWlPaUpvZEhSd2N6b3ZMMkZqWTI5MWJuUnpMbWR2YjJkc1pTNWpiMjBpTENKemRXSWlPaUl4TURrNE56WTFORE15TVRBaUxDSmhkV1FpT2lKdGVTMXpaWEoyYVdObElpd2laWGh3SWpveE56WTNNakkxTmpBd2ZRLlNrRFJtVW4zR0Flb2FEbV9Kdk5oQ1hPdVFUUDMxOE5vclhHaVhjLWhjTHNRdzJLZTlmVmI=';

const fixtures: RuleFixtures = {
  positive: [
    TOKEN,
    { text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/service-account-token\ndata:\n  token: ${TOKEN}\n`, secret: TOKEN },
    { text: `echo '${TOKEN}' | base64 -d`, secret: TOKEN },
  ],
  negative: [
    // An unsigned token (`alg: none`) is no credential, encoded or not.
    'token: ZXlKaGJHY2lPaUFpYm05dVpTSjkuZXlKcGMzTWlPaUpvZEhSd2N6b3ZMMkZqWTI5MWJuUnpMbWR2YjJkc1pTNWpiMjBpTENKemRXSWlPaUl4TURrNE56WTFORE15TVRBaUxDSmhkV1FpT2lKdGVTMXpaWEoyYVdObElpd2laWGh3SWpveE56WTNNakkxTmpBd2ZRLg==',
    // Base64 of JSON that is no JWT: `{"name": ...}` encoded twice.
    'ZXlKdVlXMWxJam9pWTI5dVptbG5JaXdpZG1WeWMybHZiaUk2SWpFdU1pNHpJaXdpWkdWaWRXY2lPblJ5ZFdWOQ==',
  ],
};
export default fixtures;
