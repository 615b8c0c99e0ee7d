import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DRONE_TOKEN=Bg6wJHyBJlyHLLyMYDrCpxqLrvBASZ06', secret: 'Bg6wJHyBJlyHLLyMYDrCpxqLrvBASZ06' },
    { text: '{"drone_token": "mPEOTQosO4W5L6TECbNSZo5ppgL3E6Au", "region": "eu-west-1"}', secret: 'mPEOTQosO4W5L6TECbNSZo5ppgL3E6Au' },
    { text: '  drone_token: 07Xyc6uZZPVsECuVd60PIBuplrQzFUL2', secret: '07Xyc6uZZPVsECuVd60PIBuplrQzFUL2' },
    { text: 'export DRONE_TOKEN="cHYWvPljDYv9eGfI81SW3ejh4pLYNxEh"', secret: 'cHYWvPljDYv9eGfI81SW3ejh4pLYNxEh' },
    { text: 'const droneToken = \'4vfMiSX49zzxhVsgmIP36Ld6wuvHU0gN\';', secret: '4vfMiSX49zzxhVsgmIP36Ld6wuvHU0gN' },
  ],
  negative: [
    'DRONE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DRONE_TOKEN=<your-drone-ci-token>',
    'DRONE_TOKEN=${DRONE_TOKEN}',
    'DRONE_TOKEN=rvNdygnJFkaIlXwdrqwsRScGnVrXu',
    'DRONE_TOKEN=AzjSVkyJIVYA5GGAqqWcrhHIREngm9foz2I',
    'checksum: jyDfbXEy6ne8dfg1u7ZBiFkCWrC6xarh',
    'const ref = "HdCMaRswoIIEyQcRish9nqxBXH2opOQV";',
  ],
};
export default fixtures;
