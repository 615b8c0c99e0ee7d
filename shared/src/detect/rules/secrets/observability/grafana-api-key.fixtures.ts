import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eyJrIjoieTFYWmVaUW53NEExcmd4SnhoUGhMTW0wZkdvUEVDblUiLCJuIjoiZGVwbG95LXZjeTkiLCJpZCI6NTc2NDEzfQ==',
    { text: 'GRAFANA_API_KEY=eyJrIjoiMUJrU3J2RzR3aVg4MkhHcGxaaFI5TDNxYjFoMGJNQ00iLCJuIjoiZGVwbG95LXN1cDUiLCJpZCI6MzIxMjE3fQ==', secret: 'eyJrIjoiMUJrU3J2RzR3aVg4MkhHcGxaaFI5TDNxYjFoMGJNQ00iLCJuIjoiZGVwbG95LXN1cDUiLCJpZCI6MzIxMjE3fQ==' },
    { text: '{"grafana_api_key": "eyJrIjoiUVp6a2t5cmcxUlhPSFFmaGZnMmdCU3BNTUdHSFF3UXYiLCJuIjoiZGVwbG95LTc0MzUiLCJpZCI6MTYzMzYwfQ=="}', secret: 'eyJrIjoiUVp6a2t5cmcxUlhPSFFmaGZnMmdCU3BNTUdHSFF3UXYiLCJuIjoiZGVwbG95LTc0MzUiLCJpZCI6MTYzMzYwfQ==' },
    { text: 'grafana_api_key: eyJrIjoiRUJaeHNPVzkyOUJqMkdGT1Vubjd6ZEZ1ZWpCYkhwUkoiLCJuIjoiZGVwbG95LTZlaW0iLCJpZCI6NzUxNTcwfQ==', secret: 'eyJrIjoiRUJaeHNPVzkyOUJqMkdGT1Vubjd6ZEZ1ZWpCYkhwUkoiLCJuIjoiZGVwbG95LTZlaW0iLCJpZCI6NzUxNTcwfQ==' },
    { text: 'export GRAFANA_API_KEY="eyJrIjoidzNLNUpOWGRhNHAzOXRQNXpLTzVDWWpPOVdWZXBaaGgiLCJuIjoiZGVwbG95LTNzNW8iLCJpZCI6NjYzNTQzfQ=="', secret: 'eyJrIjoidzNLNUpOWGRhNHAzOXRQNXpLTzVDWWpPOVdWZXBaaGgiLCJuIjoiZGVwbG95LTNzNW8iLCJpZCI6NjYzNTQzfQ==' },
    { text: 'const grafanaApiKey = \'eyJrIjoiZGF5OVh2OVR6NnVobjBkQTdrZ2ZsR0NDd0k2SmZLTnYiLCJuIjoiZGVwbG95LXBidXkiLCJpZCI6OTk4NTI5fQ==\';', secret: 'eyJrIjoiZGF5OVh2OVR6NnVobjBkQTdrZ2ZsR0NDd0k2SmZLTnYiLCJuIjoiZGVwbG95LXBidXkiLCJpZCI6OTk4NTI5fQ==' },
  ],
  negative: [
    'GRAFANA_API_KEY=eyJrIjoixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
    'GRAFANA_API_KEY=${GRAFANA_API_KEY}',
    'GRAFANA_API_KEY=<your-grafana-api-key>',
    'GRAFANA_API_KEY=eyJrIjoiSmNWQXRkNk5rNlhreUtoZ1Z2ZjBxdnA3NDVKU1l2eVYiLCJuIjoiZGVwbG95LTQ4OTUiLCJpZCI6MjEyODg3fQ==Q==',
  ],
};
export default fixtures;
