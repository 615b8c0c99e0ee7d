import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ciofwfEbmMjyqbHTsSrofR0HyDFhlJUikBy',
    { text: 'CARGO_REGISTRY_TOKEN=cioaBKIlje3URhhgfj98e6hZ9VfsxEHlqqq', secret: 'cioaBKIlje3URhhgfj98e6hZ9VfsxEHlqqq' },
    { text: '{"token": "ciouBtXSZbGlnZkN187UDW8KJhCanJhkdtv", "region": "eu-west-1"}', secret: 'ciouBtXSZbGlnZkN187UDW8KJhCanJhkdtv' },
    { text: '  token: cioHpctQET41QLdppDV29jlzZXQ2bp14XSh', secret: 'cioHpctQET41QLdppDV29jlzZXQ2bp14XSh' },
    { text: 'export CARGO_REGISTRY_TOKEN="ciogdc3pODuSykm3Bii4FZpD3ImLFRArqH3"', secret: 'ciogdc3pODuSykm3Bii4FZpD3ImLFRArqH3' },
    { text: 'const token = \'cioKYtLhzQZmmK0AFdJNBwHePCTBwHU1q6E\';', secret: 'cioKYtLhzQZmmK0AFdJNBwHePCTBwHU1q6E' },
    { text: '[registry]\ntoken = "ciobXN40qbO2JuTerSl4bhNbvEHP8DYWn7v"', secret: 'ciobXN40qbO2JuTerSl4bhNbvEHP8DYWn7v' },
  ],
  negative: [
    'CARGO_REGISTRY_TOKEN=cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CARGO_REGISTRY_TOKEN=<your-crates-io-api-token>',
    'CARGO_REGISTRY_TOKEN=${CARGO_REGISTRY_TOKEN}',
    'CARGO_REGISTRY_TOKEN=cioJMsNN2husg8OBnqlXksB6wdLyBWDJ',
    'CARGO_REGISTRY_TOKEN=ciomPJKSdIMBDvq0onBrsK0y1Tl1RlZJEiJtyB',
  ],
};
export default fixtures;
