import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'DuXKT2bEAadxJYXjYfVAFQXAyv6Z2c6AUSFTyw1ub39UAzFuOZ9QVb==',
    { text: 'AZURE_FUNCTION_KEY=RKgbZy_YIAyWI0MnKhChEl0d2qpLp1nw0vOlOZHJ6VxiAzFu5VQZvz==', secret: 'RKgbZy_YIAyWI0MnKhChEl0d2qpLp1nw0vOlOZHJ6VxiAzFu5VQZvz==' },
    { text: '{"function_key": "H7mVMMM0fSe-o4iadqJdV7vB48HY9pzXV_2NdTAsojJiAzFur9aoph==", "region": "eu-west-1"}', secret: 'H7mVMMM0fSe-o4iadqJdV7vB48HY9pzXV_2NdTAsojJiAzFur9aoph==' },
    { text: '  function_key: Xybx1u7V9t2ZLBFonj4MO5NA46rauSMEm3qiXAZD1-5yAzFuHZRUcq==', secret: 'Xybx1u7V9t2ZLBFonj4MO5NA46rauSMEm3qiXAZD1-5yAzFuHZRUcq==' },
    { text: 'export AZURE_FUNCTION_KEY="AKBlkk8ExBUxcsN54KI877Asly47y-_FqzGr04THNXlGAzFuN729JR=="', secret: 'AKBlkk8ExBUxcsN54KI877Asly47y-_FqzGr04THNXlGAzFuN729JR==' },
    { text: 'const functionKey = \'fcBLA5RFZAyMK5OYnn27XII9nqRP9GCgmUo9EXwrwf7NAzFu09MGbP==\';', secret: 'fcBLA5RFZAyMK5OYnn27XII9nqRP9GCgmUo9EXwrwf7NAzFu09MGbP==' },
    { text: 'curl "https://orders-fn.azurewebsites.net/api/ingest?code=cSwoYodmKCGhCeHQuiaV29tX_1SVKEDfnpaGaFmHntq3AzFu5h4XUy=="', secret: 'cSwoYodmKCGhCeHQuiaV29tX_1SVKEDfnpaGaFmHntq3AzFu5h4XUy==' },
    { text: '- name: AZURE_FUNCTION_KEY\n  value: "RMBj5dZ3sFFEqFlbfV-bbRHk9AK5aHabOLPg9TnzI3hTAzFuwp6FQx=="', secret: 'RMBj5dZ3sFFEqFlbfV-bbRHk9AK5aHabOLPg9TnzI3hTAzFuwp6FQx==' },
  ],
  negative: [
    'AZURE_FUNCTION_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_FUNCTION_KEY=<your-azure-function-key>',
    'AZURE_FUNCTION_KEY=${AZURE_FUNCTION_KEY}',
    'AZURE_FUNCTION_KEY=9WQ54E0836e6gYjtV5_wKbHo7bKrJi7D6O2xDZcfYSfvAzFuSkZVY',
    'AZURE_FUNCTION_KEY=MjQZwk28lViz1gm3rK75w5bl6Aqq3sCjK2gMkxUn2tx0AzFuKVv6Wh==jAL',
    'key: 1OoPb5V--8TYulOolqj86Hl_8ennjfAzFuXHnyzw==',
  ],
};
export default fixtures;
