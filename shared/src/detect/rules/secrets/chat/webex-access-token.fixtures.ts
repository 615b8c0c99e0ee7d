import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WEBEX_BOT_TOKEN=QJrtiU4lRYc2HTUekoIja2WUWiNkS9UWcWMUmGGutdGSHrPBbV87W8ECucHH881j_5Y4Z_78c1d191-58e8-4aec-b9fd-2fc53ee31d0e', secret: 'QJrtiU4lRYc2HTUekoIja2WUWiNkS9UWcWMUmGGutdGSHrPBbV87W8ECucHH881j_5Y4Z_78c1d191-58e8-4aec-b9fd-2fc53ee31d0e' },
    { text: '{"webex_bot_token": "CYE9KrxWDbNj4j0wPkR9NrWQ0AuFp4RLfcDNzQnY2yOQYGIrOwnvx8MMnbUv0ZcF_KGO3_da3e070b-fa1f-4c0d-a237-d8e992d484ef"}', secret: 'CYE9KrxWDbNj4j0wPkR9NrWQ0AuFp4RLfcDNzQnY2yOQYGIrOwnvx8MMnbUv0ZcF_KGO3_da3e070b-fa1f-4c0d-a237-d8e992d484ef' },
    { text: 'webex_bot_token: 9L2aSejXHRiLfU4amB43S37SBkygs8MXXoxEPK85Ba1KiaYiz3wQNiZSqqTCcFbJ_IZRB_d5ddb46e-2350-41db-9002-105c338db910', secret: '9L2aSejXHRiLfU4amB43S37SBkygs8MXXoxEPK85Ba1KiaYiz3wQNiZSqqTCcFbJ_IZRB_d5ddb46e-2350-41db-9002-105c338db910' },
    { text: 'export WEBEX_BOT_TOKEN="3VYL8ovkzoNDNOJEaAisAXu2j7NXDSjdVc5Kj5BWZJUBVxStdyJ12WwwuA7X0FCa_66WQ_e263121b-bb1a-4fec-a63e-888805f3a4a5"', secret: '3VYL8ovkzoNDNOJEaAisAXu2j7NXDSjdVc5Kj5BWZJUBVxStdyJ12WwwuA7X0FCa_66WQ_e263121b-bb1a-4fec-a63e-888805f3a4a5' },
    { text: 'const webexBotToken = \'xtTmgkv5B6Ik04w4DO4N5VLdoV2V1dlvQHtefjtP4eI4DYDMt3uQqcCGVXLpIeQL_1EMZ_0ce13984-b57f-477c-b813-4f2d5f3e52b5\';', secret: 'xtTmgkv5B6Ik04w4DO4N5VLdoV2V1dlvQHtefjtP4eI4DYDMt3uQqcCGVXLpIeQL_1EMZ_0ce13984-b57f-477c-b813-4f2d5f3e52b5' },
  ],
  negative: [
    'WEBEX_BOT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxx_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'WEBEX_BOT_TOKEN=${WEBEX_BOT_TOKEN}',
    'WEBEX_BOT_TOKEN=<your-webex-access-token>',
    '"etag": "QDbPv9MuovVWMFagrCcLy5YdKObY80tJ3j2lGps4pUDXz1ofvwLOhUqV8FjK3JUn_W41A_c7ccd49d-9c8c-4a59-bba1-af9f1c1d1ed6"',
    'WEBEX_BOT_TOKEN=QDbPv9MuovVWMFagrCcLy5YdKObY80tJ3j2lGps4pUDXz1ofvwLOhUqV8FjK3JUn_W41A_c7ccd49d-9c8c-4a59-bba1-af9f1c1d1ed6ed6',
    'WEBEX_BOT_TOKEN=QDbPv9MuovVWMFagrCcLy5YdKObY80tJ3j2lGps4pUDXz1ofvwLOhUqV8FjK3JUn_W41A_c7ccd49d-9c8c-4a59-bba1-af9f1c1d1',
    'token: CeEPycATpptcE8Sz0LN6ZE9ISce8uA6VcRyRdtf8WqHd6FIvZIrnHBkePkHxof4r_O9ZF_645dd2de-e7f5-45fa-b7bc-31bb0ee6019a',
  ],
};
export default fixtures;
