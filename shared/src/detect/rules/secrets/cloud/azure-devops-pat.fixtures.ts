import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AZURE_DEVOPS_PAT=navpic73dz7eznyp74uygjuohhrkwreqnnipt2trmx752hwcn5n5', secret: 'navpic73dz7eznyp74uygjuohhrkwreqnnipt2trmx752hwcn5n5' },
    { text: '{"azure_devops_token": "x7i4ivljehkqd23onpm65cz47qpzlfna4eydrhpw5boctalvxwug", "region": "eu-west-1"}', secret: 'x7i4ivljehkqd23onpm65cz47qpzlfna4eydrhpw5boctalvxwug' },
    { text: '  azure_devops_token: sbx2hot7gnjoyffokvi2m7fujifpyslrjenfuh6hjuv2tws2emec', secret: 'sbx2hot7gnjoyffokvi2m7fujifpyslrjenfuh6hjuv2tws2emec' },
    { text: 'export AZURE_DEVOPS_PAT="m6ay3gj564eusaoxngimpl7ben362npe642hjefhpvqq6h723d23"', secret: 'm6ay3gj564eusaoxngimpl7ben362npe642hjefhpvqq6h723d23' },
    { text: 'const azureDevopsToken = \'zkxvhgz3xfnhfdududxeqxfw6zm6zslwowiwumwz3wfpevn3x55b\';', secret: 'zkxvhgz3xfnhfdududxeqxfw6zm6zslwowiwumwz3wfpevn3x55b' },
    { text: 'vsce publish -p 3ymsqjqezecvnjffehmnpdfsobazxzvi7d5h6iaq5rbinh34bw3w  # VSCE_PAT', secret: '3ymsqjqezecvnjffehmnpdfsobazxzvi7d5h6iaq5rbinh34bw3w' },
  ],
  negative: [
    'AZURE_DEVOPS_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_DEVOPS_PAT=<your-azure-devops-pat>',
    'AZURE_DEVOPS_PAT=${AZURE_DEVOPS_PAT}',
    'AZURE_DEVOPS_PAT=6hk4uik7lzj3cln62una2riclnrc5vr5o3hdl5bkzp3pqzwj6',
    'AZURE_DEVOPS_PAT=rxdb2f7ivngdn7rptw56jwwe7bkhuxqoi2hsiompib5xbczp7k5mK4T',
    'checksum: g33z3tqqax2ih7z3jaaghgsp5apsoaw2kv6xuyaefiofzj7ylrnw',
    'const ref = "zxalmirwuqbrzwmty3nkm3tb2mumw5rjobabi3ecpbmrwta6sddk";',
  ],
};
export default fixtures;
