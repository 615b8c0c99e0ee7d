import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eyJrIjoibEdDcXdDbGl6Tzh3UzM1aGI5TndPY1pHUVNCdGZxUmciLCJuIjoiZGVwbG95LWh3a3UiLCJpZCI6NTI4MDk2fQ==',
    { text: 'GRAFANA_API_KEY=eyJrIjoiMzJMMzY2OEtEbnFRMXdaQUxMYWVzZVVPU0RsZzkzQXMiLCJuIjoiZGVwbG95LXU5Y2wiLCJpZCI6MjY2OTExfQ==', secret: 'eyJrIjoiMzJMMzY2OEtEbnFRMXdaQUxMYWVzZVVPU0RsZzkzQXMiLCJuIjoiZGVwbG95LXU5Y2wiLCJpZCI6MjY2OTExfQ==' },
    { text: '{"grafana_api_key": "eyJrIjoidkNCcmNNVmg3MzBrQWxQVksyU1owVTRJeFhTSkJqVWIiLCJuIjoiZGVwbG95LWRnZWQiLCJpZCI6NzQwMDk3fQ=="}', secret: 'eyJrIjoidkNCcmNNVmg3MzBrQWxQVksyU1owVTRJeFhTSkJqVWIiLCJuIjoiZGVwbG95LWRnZWQiLCJpZCI6NzQwMDk3fQ==' },
    { text: 'grafana_api_key: eyJrIjoiUlpqME94YXFWRlBjcUt5eVZ4b3owOFVodGFLeTJqdzkiLCJuIjoiZGVwbG95LTVuZ2EiLCJpZCI6NzUwNzg2fQ==', secret: 'eyJrIjoiUlpqME94YXFWRlBjcUt5eVZ4b3owOFVodGFLeTJqdzkiLCJuIjoiZGVwbG95LTVuZ2EiLCJpZCI6NzUwNzg2fQ==' },
    { text: 'export GRAFANA_API_KEY="eyJrIjoiVlNveTdrWVc3dkhRUGRqdU5UY2JLbTNMSzhqN09tU24iLCJuIjoiZGVwbG95LWlpbG0iLCJpZCI6ODU1OTQzfQ=="', secret: 'eyJrIjoiVlNveTdrWVc3dkhRUGRqdU5UY2JLbTNMSzhqN09tU24iLCJuIjoiZGVwbG95LWlpbG0iLCJpZCI6ODU1OTQzfQ==' },
    { text: 'const grafanaApiKey = \'eyJrIjoiZVBvYkM4SDF6cXRQMEdaTHRWNHlTelQ1TnFxcVdKaGgiLCJuIjoiZGVwbG95LXpyODIiLCJpZCI6ODM5NDIwfQ==\';', secret: 'eyJrIjoiZVBvYkM4SDF6cXRQMEdaTHRWNHlTelQ1TnFxcVdKaGgiLCJuIjoiZGVwbG95LXpyODIiLCJpZCI6ODM5NDIwfQ==' },
  ],
  negative: [
    'GRAFANA_API_KEY=eyJrIjoixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
    'GRAFANA_API_KEY=${GRAFANA_API_KEY}',
    'GRAFANA_API_KEY=<your-grafana-api-key>',
    'GRAFANA_API_KEY=eyJrIjoiUnJlZVNRcm80eExiUWNjZjhCUE9ybjg0Mjhmc3NLSGwiLCJuIjoiZGVwbG95LWtnbjAiLCJpZCI6NDUzNDYxfQ==Q==',
  ],
};
export default fixtures;
