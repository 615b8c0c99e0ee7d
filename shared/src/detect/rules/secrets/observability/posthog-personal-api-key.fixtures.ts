import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'phx_Oepj2Ebt84qYxscnCDxZn419J8FKUAYLcs1V4vrQxR2',
    { text: 'POSTHOG_PERSONAL_API_KEY=phx_zgy8AypXQip533lSU8TDpfQZOuZ1zMquJ4YfMKRpfl3', secret: 'phx_zgy8AypXQip533lSU8TDpfQZOuZ1zMquJ4YfMKRpfl3' },
    { text: '{"posthog_personal_api_key": "phx_2LU46KfkWItwxFXPRllTco4aib0Mbqqahnk0MpqvcPU"}', secret: 'phx_2LU46KfkWItwxFXPRllTco4aib0Mbqqahnk0MpqvcPU' },
    { text: 'posthog_personal_api_key: phx_sLGXC73Gs27OnrK7wN143LLBD5DZGrQy3eoP58SuxVm', secret: 'phx_sLGXC73Gs27OnrK7wN143LLBD5DZGrQy3eoP58SuxVm' },
    { text: 'export POSTHOG_PERSONAL_API_KEY="phx_pMgkzJ3nNCBuO0k4rSCuhRYvlikJDLb9KkPenm0CVEp"', secret: 'phx_pMgkzJ3nNCBuO0k4rSCuhRYvlikJDLb9KkPenm0CVEp' },
    { text: 'const posthogPersonalApiKey = \'phx_OIjSZzk0DzYd4msH0tytCXwl4bEEiZLPNGQeT53p3dK\';', secret: 'phx_OIjSZzk0DzYd4msH0tytCXwl4bEEiZLPNGQeT53p3dK' },
  ],
  negative: [
    'POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'POSTHOG_PERSONAL_API_KEY=${POSTHOG_PERSONAL_API_KEY}',
    'POSTHOG_PERSONAL_API_KEY=<your-posthog-personal-api-key>',
    'POSTHOG_PERSONAL_API_KEY=phx_QrDhlRJLGEpE9Dp6Fiikjs4K8N6a27UEyLUo5sLo68C68C',
    'POSTHOG_PERSONAL_API_KEY=phx_QrDhlRJLGEpE9Dp6Fiikjs4K8N6a27UEyLUo5sLo',
  ],
};
export default fixtures;
