import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DROPBOX_TOKEN=Lo7w3nzb3HbAAAAAAAAAAgoPQdwX5zw6th6TmmEc07DAwLUxCk1aA2rKd3IHROB2', secret: 'Lo7w3nzb3HbAAAAAAAAAAgoPQdwX5zw6th6TmmEc07DAwLUxCk1aA2rKd3IHROB2' },
    { text: '{"dropbox_token": "DucfCdOfJHzAAAAAAAAAAyBmpviHrlbL62AWW7I7Axe-ZDI8fk1FRlKUBOjheyC8"}', secret: 'DucfCdOfJHzAAAAAAAAAAyBmpviHrlbL62AWW7I7Axe-ZDI8fk1FRlKUBOjheyC8' },
    { text: 'dropbox_token: YzeOlbT3R2NAAAAAAAAAA6CwtiOiwP4d9XAM1qeHbnm9ARBeakUt8yUNWVxKBWWG', secret: 'YzeOlbT3R2NAAAAAAAAAA6CwtiOiwP4d9XAM1qeHbnm9ARBeakUt8yUNWVxKBWWG' },
    { text: 'export DROPBOX_TOKEN="KKR4X1Miw-oAAAAAAAAAA5uS3nyXqDCTH_Hz3PWedSWhkWAncGqXQS3-GYOH8cO4"', secret: 'KKR4X1Miw-oAAAAAAAAAA5uS3nyXqDCTH_Hz3PWedSWhkWAncGqXQS3-GYOH8cO4' },
    { text: 'const dropboxToken = \'949d67Z69enAAAAAAAAAA9bvsGYgYpWF4Jkw8qikLIjHFLuBJnq9NdEI9zWOBQuX\';', secret: '949d67Z69enAAAAAAAAAA9bvsGYgYpWF4Jkw8qikLIjHFLuBJnq9NdEI9zWOBQuX' },
  ],
  negative: [
    'DROPBOX_TOKEN=xxxxxxxx_xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxx',
    'DROPBOX_TOKEN=${DROPBOX_TOKEN}',
    'DROPBOX_TOKEN=<your-dropbox-long-lived-token>',
    '"etag": "2pz8JaOI_P6AAAAAAAAAAeEPs-TATYIKndXN91TEPp4-YWCNMaNBIX6y9BGXbAAa"',
    'DROPBOX_TOKEN=2pz8JaOI_P6AAAAAAAAAAeEPs-TATYIKndXN91TEPp4-YWCNMaNBIX6y9BGXbAAaAAa',
    'DROPBOX_TOKEN=2pz8JaOI_P6AAAAAAAAAAeEPs-TATYIKndXN91TEPp4-YWCNMaNBIX6y9BGXb',
    'token: NOhzoHQVy6IAAAAAAAAAAFeTlzvMF9YBcjIrdFr56wQuYT5V6s54JlEH--tPZFNw',
    'DROPBOX_TOKEN=xxxxxxxxxxxAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  ],
};
export default fixtures;
