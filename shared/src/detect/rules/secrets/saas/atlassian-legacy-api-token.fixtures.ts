import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'JIRA_API_TOKEN=mUkuya7N7rj5czyv8yxjkb68', secret: 'mUkuya7N7rj5czyv8yxjkb68' },
    { text: '{"jira_api_token": "0F8MYc6t1NqOxv7LD2POlkvI"}', secret: '0F8MYc6t1NqOxv7LD2POlkvI' },
    { text: 'jira_api_token: n91B4EmSUaMVnBxvQnfHyF5B', secret: 'n91B4EmSUaMVnBxvQnfHyF5B' },
    { text: 'export JIRA_API_TOKEN="JKIS14rCaFhQqrlWBQTll9lH"', secret: 'JKIS14rCaFhQqrlWBQTll9lH' },
    { text: 'const jiraApiToken = \'dkspdTRJ5cpDfwckZFvT0wdQ\';', secret: 'dkspdTRJ5cpDfwckZFvT0wdQ' },
  ],
  negative: [
    'JIRA_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'JIRA_API_TOKEN=${JIRA_API_TOKEN}',
    'JIRA_API_TOKEN=<your-atlassian-legacy-api-token>',
    '"etag": "COwSrxtd1reBMZgOksrpRner"',
    'JIRA_API_TOKEN=COwSrxtd1reBMZgOksrpRnerner',
    'JIRA_API_TOKEN=COwSrxtd1reBMZgOksrpR',
    'token: mxoKSsgKyqjPwyciC8nV2JO4',
  ],
};
export default fixtures;
