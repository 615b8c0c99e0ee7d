import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOGTAIL_SOURCE_TOKEN=EQAMykwzrFIVl0PVUZiryHxZ', secret: 'EQAMykwzrFIVl0PVUZiryHxZ' },
    { text: '{"logtail_source_token": "0pDiEskT2eTDTVSBPqknUGG4"}', secret: '0pDiEskT2eTDTVSBPqknUGG4' },
    { text: 'logtail_source_token: FBiljoavWOOi8yx9vdwMUizc', secret: 'FBiljoavWOOi8yx9vdwMUizc' },
    { text: 'export LOGTAIL_SOURCE_TOKEN="2dXifLSDP3q47ROF2BS6HWmG"', secret: '2dXifLSDP3q47ROF2BS6HWmG' },
    { text: 'const logtailSourceToken = \'YEcLDsOaOqTxt07VAblbfKrp\';', secret: 'YEcLDsOaOqTxt07VAblbfKrp' },
  ],
  negative: [
    'LOGTAIL_SOURCE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'LOGTAIL_SOURCE_TOKEN=${LOGTAIL_SOURCE_TOKEN}',
    'LOGTAIL_SOURCE_TOKEN=<your-logtail-source-token>',
    '"etag": "aPhZAbcdyk6MusRaXxbSak5h"',
    'LOGTAIL_SOURCE_TOKEN=aPhZAbcdyk6MusRaXxbSak5hk5h',
    'LOGTAIL_SOURCE_TOKEN=aPhZAbcdyk6MusRaXxbSa',
    'source_token=k7rsxz6Qz0DCEKL7JWLZwmwv',
  ],
};
export default fixtures;
