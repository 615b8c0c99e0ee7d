import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PUSHBULLET_TOKEN=o.0PH468pyYp9hExh9GQIWxI9mUqHvulKY', secret: 'o.0PH468pyYp9hExh9GQIWxI9mUqHvulKY' },
    { text: '{"pushbullet_token": "o.dg8yGLjEe7BaNMX8ymCncWjrHXQJCeUO"}', secret: 'o.dg8yGLjEe7BaNMX8ymCncWjrHXQJCeUO' },
    { text: 'pushbullet_token: o.zdcNnxpMc9dFSgr4jTHKjTWonmHQPquc', secret: 'o.zdcNnxpMc9dFSgr4jTHKjTWonmHQPquc' },
    { text: 'export PUSHBULLET_TOKEN="o.2TCqaeuG4I8dOfRlxiPKrVuFxcQPE6C2"', secret: 'o.2TCqaeuG4I8dOfRlxiPKrVuFxcQPE6C2' },
    { text: 'const pushbulletToken = \'o.qPD2iOSM9UszHKHFNEOtIlJDSOrbjSos\';', secret: 'o.qPD2iOSM9UszHKHFNEOtIlJDSOrbjSos' },
  ],
  negative: [
    'PUSHBULLET_TOKEN=o.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PUSHBULLET_TOKEN=${PUSHBULLET_TOKEN}',
    'PUSHBULLET_TOKEN=<your-pushbullet-access-token>',
    '"etag": "o.4E5g8w6itiDemI0gPtC76rSU2wiKG6zu"',
    'PUSHBULLET_TOKEN=o.4E5g8w6itiDemI0gPtC76rSU2wiKG6zu6zu',
    'PUSHBULLET_TOKEN=o.4E5g8w6itiDemI0gPtC76rSU2wiKG',
    'token: o.B8MciirX0UuitA0jZ2DJktb1VRIOzrOl',
  ],
};
export default fixtures;
