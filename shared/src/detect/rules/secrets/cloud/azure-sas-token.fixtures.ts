import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://invoicesprod.blob.core.windows.net/exports/march.csv?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-04-01T00:00:00Z&spr=https&sig=urvCW%2FkXHCIOE1TOqFBjLW7HPfWZZD52ryEInbAQn34%3D', secret: 'urvCW%2FkXHCIOE1TOqFBjLW7HPfWZZD52ryEInbAQn34%3D' },
    { text: 'AZURE_SAS="?sv=2021-06-08&st=2025-01-01T00%3A00%3A00Z&se=2026-01-01T00%3A00%3A00Z&sr=c&sp=racwdl&sig=aAfNqcsMb0Fxo%2Fzbs1bHR5yiabqkl0jw3IJOjBxKmpY%3D"', secret: 'aAfNqcsMb0Fxo%2Fzbs1bHR5yiabqkl0jw3IJOjBxKmpY%3D' },
    { text: 'Authorization: SharedAccessSignature sr=orders-bus.servicebus.windows.net&sig=yZXz5bbUOTQsKOT4pXcp%2FqA%2BLTK%2BTQ2A23%2F%2BTDOXTOo%3D&se=1767225600&skn=send', secret: 'yZXz5bbUOTQsKOT4pXcp%2FqA%2BLTK%2BTQ2A23%2F%2BTDOXTOo%3D' },
  ],
  negative: [
    'AZURE_SAS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_SAS_TOKEN=<your-azure-sas-token>',
    'AZURE_SAS_TOKEN=${AZURE_SAS_TOKEN}',
    'https://host/path?sig=abc&sv=2022',
    '?sv=2022-11-02&sig=2c0a82d3b893ce7c54ce1f29443ef5ad4c5f7296aa660bcee926287ab2e0703c',
    'sig=<signature>',
  ],
};
export default fixtures;
