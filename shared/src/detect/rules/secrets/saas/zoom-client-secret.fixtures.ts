import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ZOOM_CLIENT_SECRET=QP2ybIroavjCkjEJpVQBRmZCm6Jk802W', secret: 'QP2ybIroavjCkjEJpVQBRmZCm6Jk802W' },
    { text: '{"zoom_client_secret": "6xGxljM9uztiHo11YcwxlJ0AdWcwpZYR"}', secret: '6xGxljM9uztiHo11YcwxlJ0AdWcwpZYR' },
    { text: 'zoom_client_secret: IULc4DVivajAqgNpxEXydL1IUQz35DI0', secret: 'IULc4DVivajAqgNpxEXydL1IUQz35DI0' },
    { text: 'export ZOOM_CLIENT_SECRET="GpStwecQgUg4L2QukcWeMtVJvGrJ0frn"', secret: 'GpStwecQgUg4L2QukcWeMtVJvGrJ0frn' },
    { text: 'const zoomClientSecret = \'avKzYyw1sJUlN9n3VXA2VOYKcSEMSCDN\';', secret: 'avKzYyw1sJUlN9n3VXA2VOYKcSEMSCDN' },
  ],
  negative: [
    'ZOOM_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ZOOM_CLIENT_SECRET=${ZOOM_CLIENT_SECRET}',
    'ZOOM_CLIENT_SECRET=<your-zoom-client-secret>',
    '"etag": "0AtOsQG24jyPVTysvVRtaSwzT3a04KrZ"',
    'ZOOM_CLIENT_SECRET=0AtOsQG24jyPVTysvVRtaSwzT3a04KrZKrZ',
    'ZOOM_CLIENT_SECRET=0AtOsQG24jyPVTysvVRtaSwzT3a04',
    'client_secret: ecUF8feT2joOiOUAAH6jF8PEYOiq79wi',
  ],
};
export default fixtures;
