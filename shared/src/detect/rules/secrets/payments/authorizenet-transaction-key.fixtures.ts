import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AUTHORIZENET_TRANSACTION_KEY=MZCPDkdo4yXRmTrV', secret: 'MZCPDkdo4yXRmTrV' },
    { text: '{"authorizenet_transaction_key": "R1PTj9aCA8OjnL5q"}', secret: 'R1PTj9aCA8OjnL5q' },
    { text: 'authorizenet_transaction_key: DEDqiVm1tbU8Rvxh', secret: 'DEDqiVm1tbU8Rvxh' },
    { text: 'export AUTHORIZENET_TRANSACTION_KEY="WdV9zEAHc5MwfkEH"', secret: 'WdV9zEAHc5MwfkEH' },
    { text: 'const authorizenetTransactionKey = \'dhcRjA1cVfFlJZu2\';', secret: 'dhcRjA1cVfFlJZu2' },
  ],
  negative: [
    'AUTHORIZENET_TRANSACTION_KEY=xxxxxxxxxxxxxxxx',
    'AUTHORIZENET_TRANSACTION_KEY=${AUTHORIZENET_TRANSACTION_KEY}',
    'AUTHORIZENET_TRANSACTION_KEY=<your-authorizenet-transaction-key>',
    '"etag": "hv7bjUQHEpUYmZEP"',
    'AUTHORIZENET_TRANSACTION_KEY=hv7bjUQHEpUYmZEPZEP',
    'AUTHORIZENET_TRANSACTION_KEY=hv7bjUQHEpUYm',
    'key: F1FkY4rzcHxep3qL',
  ],
};
export default fixtures;
