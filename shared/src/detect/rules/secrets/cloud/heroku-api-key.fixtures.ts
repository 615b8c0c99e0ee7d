import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'HRKU-AAGOYFHf60QQi1QjhfOc3wLYKMRboeGWYQHVFc_6aDXSmMZxgeCyARYTKrn2',
    { text: 'HEROKU_API_KEY=HRKU-AA1nW3xBY9Tt8iALFQ_LDHAMIzDZDIyIQi103DRDiLOGvJ8-rbKl8qimPXth', secret: 'HRKU-AA1nW3xBY9Tt8iALFQ_LDHAMIzDZDIyIQi103DRDiLOGvJ8-rbKl8qimPXth' },
    { text: '{"heroku_api_key": "HRKU-AAXBTOyE29MMVA7T4yET7JS9NCcUdPJIamCn8zwyCxEyYYRXr_-JsNbfDOym", "region": "eu-west-1"}', secret: 'HRKU-AAXBTOyE29MMVA7T4yET7JS9NCcUdPJIamCn8zwyCxEyYYRXr_-JsNbfDOym' },
    { text: '  heroku_api_key: HRKU-AAldENJ-DA8y1syNP6mbsWf4B2oEunduMZacbSi6U-j4JionG_lsFixiE0NX', secret: 'HRKU-AAldENJ-DA8y1syNP6mbsWf4B2oEunduMZacbSi6U-j4JionG_lsFixiE0NX' },
    { text: 'export HEROKU_API_KEY="HRKU-AAEb900VYv9VlIMuc5fezfqDtmRD1SAWk4ANSgLXYXr5RYwe0vLSFrYn5Q0o"', secret: 'HRKU-AAEb900VYv9VlIMuc5fezfqDtmRD1SAWk4ANSgLXYXr5RYwe0vLSFrYn5Q0o' },
    { text: 'const herokuApiKey = \'HRKU-AAYwVdrqkOvjLe8ojUIvDeW9GTzMBHdkB_mjQlEBDQlHkAbVtdQ71sGGHMRv\';', secret: 'HRKU-AAYwVdrqkOvjLe8ojUIvDeW9GTzMBHdkB_mjQlEBDQlHkAbVtdQ71sGGHMRv' },
    { text: 'heroku config:set HEROKU_API_KEY=HRKU-dc7a826b-71b1-46d6-87b5-432155800492', secret: 'HRKU-dc7a826b-71b1-46d6-87b5-432155800492' },
  ],
  negative: [
    'HEROKU_API_KEY=HRKU-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HEROKU_API_KEY=<your-heroku-api-key>',
    'HEROKU_API_KEY=${HEROKU_API_KEY}',
    'HEROKU_API_KEY=HRKU-AADmFyFkXZtPDgm1QCSlQzkMACf4GhXKP7Qv45xilzT4pwl1M6PTNIUu3',
    'HEROKU_API_KEY=HRKU-AAOT6gRO7_2T7_Ph6XlZ4V6ADvQkP4riO_x7v-9N2AA2vYargcQYAEZZpdBy0wf',
  ],
};
export default fixtures;
