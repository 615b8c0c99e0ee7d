import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AUTH0_CLIENT_SECRET=mcmFzbTvG0C8isIw5my6o6H2aKC6VPTbByv2Z3gRCqFbI9kFQ-keJKcaiRHUrZce', secret: 'mcmFzbTvG0C8isIw5my6o6H2aKC6VPTbByv2Z3gRCqFbI9kFQ-keJKcaiRHUrZce' },
    { text: '{"auth0_client_secret": "C3rSDOhl79E0bdR1QlpqYH3DlsqAKe94GLyj6PlF9MJ52qy9ZVMParlrkfyl_P8T", "region": "eu-west-1"}', secret: 'C3rSDOhl79E0bdR1QlpqYH3DlsqAKe94GLyj6PlF9MJ52qy9ZVMParlrkfyl_P8T' },
    { text: '  auth0_client_secret: jR4nd8K5kWfQTiHaeEpx9yD2T4jG0b8LtWaRu2ADMCqXoEKxVfI53vFIL73S1yMx', secret: 'jR4nd8K5kWfQTiHaeEpx9yD2T4jG0b8LtWaRu2ADMCqXoEKxVfI53vFIL73S1yMx' },
    { text: 'export AUTH0_CLIENT_SECRET="rabGfWCjWH79rX_c4kf606xM5DryNLYrwBsgTLv3_LVNHJN60BrxtVXUh5LCFI-l"', secret: 'rabGfWCjWH79rX_c4kf606xM5DryNLYrwBsgTLv3_LVNHJN60BrxtVXUh5LCFI-l' },
    { text: 'const auth0ClientSecret = \'5ToR-aPuxlMSbDLT6ze2taqP85_gSwXPfU6eWzEcjJGp7mkIzKqQWAht9ft-caMC\';', secret: '5ToR-aPuxlMSbDLT6ze2taqP85_gSwXPfU6eWzEcjJGp7mkIzKqQWAht9ft-caMC' },
  ],
  negative: [
    'AUTH0_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AUTH0_CLIENT_SECRET=<your-auth0-client-secret>',
    'AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}',
    'AUTH0_CLIENT_SECRET=ugAbKudqlU1i_YSEdelACja2qaur50i_oYhvAC8JvYVFBDpFqI6AAjCF0CspH',
    'AUTH0_CLIENT_SECRET=k3G3xyhReNtUhVvx9qdYy8MXSAaT5T-10uvDdZJajh_j5YKouqgGQEpnqApDKPPQb3H',
    'checksum: PEM-bgGpix_lioPKX8cGC41uAE81IYt0PdibzwYLoj4Hn8lTwwQDOvlXdpmZrlwb',
    'const ref = "MTExMm6cbwRY4_nlR13l6tLJZSGoLLAJfjY1aa3ExHWX2X9egQzFeMut3Xz1YXWZ";',
  ],
};
export default fixtures;
