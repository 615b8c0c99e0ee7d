import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sgp_noVW5VpX4QVJTAyJj7ojWSKGDCkarN5p2YI8kZLcy983wSJHo3UpXHjxR636BR1U',
    { text: 'SEGMENT_API_TOKEN=sgp_pAooaysi9o2zlnF7IOwrRvhcl7qciCvYl3KfISJTDsLjF59WcBllC8EwKRKfUC1r', secret: 'sgp_pAooaysi9o2zlnF7IOwrRvhcl7qciCvYl3KfISJTDsLjF59WcBllC8EwKRKfUC1r' },
    { text: '{"segment_api_token": "sgp_QbzxpQoC7WP9Dws9O8roL6ULLOVGqMQ2r8HYabu4jwEPMD6WUHVPSWSFTTj7cFgu"}', secret: 'sgp_QbzxpQoC7WP9Dws9O8roL6ULLOVGqMQ2r8HYabu4jwEPMD6WUHVPSWSFTTj7cFgu' },
    { text: 'segment_api_token: sgp_m8dZRns6Xe4kj7xP6Tw5Uxpnz9tTG1JPnbGsNpy64d4WuzTXVNS0AwuPFmbZP7bw', secret: 'sgp_m8dZRns6Xe4kj7xP6Tw5Uxpnz9tTG1JPnbGsNpy64d4WuzTXVNS0AwuPFmbZP7bw' },
    { text: 'export SEGMENT_API_TOKEN="sgp_Q5uW4jdQDCFlPgF6QxCNcOi0SWPnSPHDgh2WchjKB3bwlaOsnbAcmsK7FcM8XtBM"', secret: 'sgp_Q5uW4jdQDCFlPgF6QxCNcOi0SWPnSPHDgh2WchjKB3bwlaOsnbAcmsK7FcM8XtBM' },
    { text: 'const segmentApiToken = \'sgp_qlQOs5tpTruaQFbVbv18yIvUKLVWtyHStiLPq6JWf4bPBZRhyyS92hLt14MCctnV\';', secret: 'sgp_qlQOs5tpTruaQFbVbv18yIvUKLVWtyHStiLPq6JWf4bPBZRhyyS92hLt14MCctnV' },
  ],
  negative: [
    'SEGMENT_API_TOKEN=sgp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SEGMENT_API_TOKEN=${SEGMENT_API_TOKEN}',
    'SEGMENT_API_TOKEN=<your-segment-public-api-token>',
    'SEGMENT_API_TOKEN=sgp_XgeUZj3sJ0r8otIYEnQ6KUWaJ2F9yRZrKQOgO8eY02ymxwC1CcuJfs9r1fzoOlj5lj5',
    'SEGMENT_API_TOKEN=sgp_XgeUZj3sJ0r8otIYEnQ6KUWaJ2F9yRZrKQOgO8eY02ymxwC1CcuJfs9r1fzoO',
  ],
};
export default fixtures;
