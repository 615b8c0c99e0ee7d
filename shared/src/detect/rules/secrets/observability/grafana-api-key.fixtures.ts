import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eyJrIjoiZHZJWWFFcFQ2UmZrdmNWNFRnR1FYWTh3aE1ycWQxdkciLCJuIjoiZGVwbG95LThnMzciLCJpZCI6MzcyOTYzfQ==',
    { text: 'GRAFANA_API_KEY=eyJrIjoibUtJS0RzQ0U5MHQ1TGRmZ1U2UWJGZFZGS2doS0tuOEciLCJuIjoiZGVwbG95LTA5bTAiLCJpZCI6OTA5NTc3fQ==', secret: 'eyJrIjoibUtJS0RzQ0U5MHQ1TGRmZ1U2UWJGZFZGS2doS0tuOEciLCJuIjoiZGVwbG95LTA5bTAiLCJpZCI6OTA5NTc3fQ==' },
    { text: '{"grafana_api_key": "eyJrIjoiMGxncTFrU05jc0dXOEJQTTU4cllBMzlxTVFTMVlocXYiLCJuIjoiZGVwbG95LW53ajgiLCJpZCI6NTU1Mjk4fQ=="}', secret: 'eyJrIjoiMGxncTFrU05jc0dXOEJQTTU4cllBMzlxTVFTMVlocXYiLCJuIjoiZGVwbG95LW53ajgiLCJpZCI6NTU1Mjk4fQ==' },
    { text: 'grafana_api_key: eyJrIjoiWURlSFF1bmJqTFE0Q0N5Z2FkdDBxNVRyODNaSXNNeXoiLCJuIjoiZGVwbG95LWhoaGIiLCJpZCI6MzM0ODg5fQ==', secret: 'eyJrIjoiWURlSFF1bmJqTFE0Q0N5Z2FkdDBxNVRyODNaSXNNeXoiLCJuIjoiZGVwbG95LWhoaGIiLCJpZCI6MzM0ODg5fQ==' },
    { text: 'export GRAFANA_API_KEY="eyJrIjoiaVp2MFM2OWtwdGNUbGJrYXREQThTcnhmREZqZzExYlkiLCJuIjoiZGVwbG95LWc4OXciLCJpZCI6OTE2MDgyfQ=="', secret: 'eyJrIjoiaVp2MFM2OWtwdGNUbGJrYXREQThTcnhmREZqZzExYlkiLCJuIjoiZGVwbG95LWc4OXciLCJpZCI6OTE2MDgyfQ==' },
    { text: 'const grafanaApiKey = \'eyJrIjoiUGZTdGtSbGNyVktqeGk0eG5wTFZkV2Q1T2plY2VuTzQiLCJuIjoiZGVwbG95LTZ0MDAiLCJpZCI6NDgzODY2fQ==\';', secret: 'eyJrIjoiUGZTdGtSbGNyVktqeGk0eG5wTFZkV2Q1T2plY2VuTzQiLCJuIjoiZGVwbG95LTZ0MDAiLCJpZCI6NDgzODY2fQ==' },
    'eyJrIjoiskpPfqAR1uBDljOV4IyKUxEReTZY3e8gGzP8jccthYja4bpIfrSxNkc7XTPVAaiARsVC9YDGsIRIDVmodanVuiz6ZWCNz5fGOmUy8IbF3dfFWrFlKxRdn4uL7umI7aJqYa9mgJQaZFHxGZD0SnOjM1MzAsoxxMIbw9bMcFfHLEnKSOPqLEDXz8tsXAH1GgFtMw0sv86BjUtIUARgH1lYJAIgAfTN5gDM1i7OhvlNlM69CUt4kvg3yzo4QJrsrwyRWoF3',
  ],
  negative: [
    'GRAFANA_API_KEY=eyJrIjoixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
    'GRAFANA_API_KEY=${GRAFANA_API_KEY}',
    'GRAFANA_API_KEY=<your-grafana-api-key>',
    'GRAFANA_API_KEY=eyJrIjoiNnF2TGZmV1RwV1V2cml4TEpmS2JkS0hMYm9wa2FRWmwiLCJuIjoiZGVwbG95LXhiajUiLCJpZCI6NDQwNDE5fQ==Q==',
  ],
};
export default fixtures;
