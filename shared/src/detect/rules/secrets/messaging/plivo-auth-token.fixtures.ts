import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PLIVO_AUTH_TOKEN=i0kW9g7itASaNi3UCAv9t1fP66kjNvihQVXfTZrL', secret: 'i0kW9g7itASaNi3UCAv9t1fP66kjNvihQVXfTZrL' },
    { text: '{"plivo_auth_token": "3QrAUyHUotwYFqtmPommZ7naNxVFid4KNDSsbMTs"}', secret: '3QrAUyHUotwYFqtmPommZ7naNxVFid4KNDSsbMTs' },
    { text: 'plivo_auth_token: FU6BqYmgtFToCZPU8U4eQnudf1gxtlKwhbVgZxie', secret: 'FU6BqYmgtFToCZPU8U4eQnudf1gxtlKwhbVgZxie' },
    { text: 'export PLIVO_AUTH_TOKEN="KnJHRll6e227hjNBTRt9j5njRARp80sp3v1uQvI3"', secret: 'KnJHRll6e227hjNBTRt9j5njRARp80sp3v1uQvI3' },
    { text: 'const plivoAuthToken = \'FEWRDPhQ3VmblVehajsr4WEiFhACJHfmSwFbnxR1\';', secret: 'FEWRDPhQ3VmblVehajsr4WEiFhACJHfmSwFbnxR1' },
  ],
  negative: [
    'PLIVO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PLIVO_AUTH_TOKEN=${PLIVO_AUTH_TOKEN}',
    'PLIVO_AUTH_TOKEN=<your-plivo-auth-token>',
    '"etag": "aagDETd5tY2s9zvYHFNnpBZHYkzpvjhncF2MG6j9"',
    'PLIVO_AUTH_TOKEN=aagDETd5tY2s9zvYHFNnpBZHYkzpvjhncF2MG6j96j9',
    'PLIVO_AUTH_TOKEN=aagDETd5tY2s9zvYHFNnpBZHYkzpvjhncF2MG',
    'auth_token=mMGaSrjVPJUnpWBeXJbXwSgaXFD7SSZHuBTkX2fw',
  ],
};
export default fixtures;
