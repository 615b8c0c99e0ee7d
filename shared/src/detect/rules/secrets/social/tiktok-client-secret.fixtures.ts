import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TIKTOK_CLIENT_SECRET=A5zvcDuXCh20Wo7mgFCqPO50wptXu7nm', secret: 'A5zvcDuXCh20Wo7mgFCqPO50wptXu7nm' },
    { text: '{"tiktok_client_secret": "ArACLVQvUe1zAl3AP3idTTbnHcbDiffq"}', secret: 'ArACLVQvUe1zAl3AP3idTTbnHcbDiffq' },
    { text: 'tiktok_client_secret: uuNcam8AShLss7AVl4f6YXv3aooRMasR', secret: 'uuNcam8AShLss7AVl4f6YXv3aooRMasR' },
    { text: 'export TIKTOK_CLIENT_SECRET="U3Ldt4e981qJ7xAo5529oGrG17iSusFo"', secret: 'U3Ldt4e981qJ7xAo5529oGrG17iSusFo' },
    { text: 'const tiktokClientSecret = \'90pD5xAHYuw8Xmtfh579U5dUp3BqPkYL\';', secret: '90pD5xAHYuw8Xmtfh579U5dUp3BqPkYL' },
  ],
  negative: [
    'TIKTOK_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TIKTOK_CLIENT_SECRET=${TIKTOK_CLIENT_SECRET}',
    'TIKTOK_CLIENT_SECRET=<your-tiktok-client-secret>',
    '"etag": "Zn268cZq3xmpW6SeRVh9L5GD4oOf5IXs"',
    'TIKTOK_CLIENT_SECRET=Zn268cZq3xmpW6SeRVh9L5GD4oOf5IXsIXs',
    'TIKTOK_CLIENT_SECRET=Zn268cZq3xmpW6SeRVh9L5GD4oOf5',
    'client_secret=3dO2Exf10GKjeD8KrsJmcTRLU0jz4EDJ',
  ],
};
export default fixtures;
