import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'OKTA_API_TOKEN=00cbMtCLUHWiJhtBHJmCA0pULOcIszxEnS6VLoch0o', secret: '00cbMtCLUHWiJhtBHJmCA0pULOcIszxEnS6VLoch0o' },
    { text: '{"okta_api_token": "00RbRTnXv0XDKK_GGmEN7a30gyv3CLBKnSLAED_jFs", "region": "eu-west-1"}', secret: '00RbRTnXv0XDKK_GGmEN7a30gyv3CLBKnSLAED_jFs' },
    { text: '  okta_api_token: 005jkOuWNBiRebNTbfSpyNY0MN9VNeDc9CC7F9G0GL', secret: '005jkOuWNBiRebNTbfSpyNY0MN9VNeDc9CC7F9G0GL' },
    { text: 'export OKTA_API_TOKEN="003rFtryQR7A1FTx6VoxveyxEielG9dpO76qmkkboy"', secret: '003rFtryQR7A1FTx6VoxveyxEielG9dpO76qmkkboy' },
    { text: 'const oktaApiToken = \'002VdK3iNwiBAisVgiVMrI1YkIaikAUhlfpOdjZ8eC\';', secret: '002VdK3iNwiBAisVgiVMrI1YkIaikAUhlfpOdjZ8eC' },
    { text: 'curl -H "Authorization: SSWS 00GjeupgARtQJ9541sVskZY01lvt7IDmXucjBLJnjG" https://acme.okta.com/api/v1/users', secret: '00GjeupgARtQJ9541sVskZY01lvt7IDmXucjBLJnjG' },
  ],
  negative: [
    'OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OKTA_API_TOKEN=<your-okta-api-token>',
    'OKTA_API_TOKEN=${OKTA_API_TOKEN}',
    'OKTA_API_TOKEN=00BNsjAkP-f64R8qT69RbMD_Zmv4NgvL3bw4kKD',
    'OKTA_API_TOKEN=00e5QoiIYrTdTsLVe8KH7Kzp8vdAVeCh8O0K7tuHVKGTT',
    'trace_id: 005cJ_71mtXtlWbmqxYXW4yeyOEhhfBtqU6hibRLrR',
    'const rookTable = "00YyMkf39w_btd7cO560zxRAeimrJ9sdgf2Ub7nTqe";',
  ],
};
export default fixtures;
