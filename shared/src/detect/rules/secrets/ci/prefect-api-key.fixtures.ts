import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pnu_W6IefY7usIMNDIsoWlL1g1pmiOWXax0aK0fR',
    { text: 'PREFECT_API_KEY=pnu_QSu3kd0y3m4VTowaqJOVmiafGfh6bwUUexEt', secret: 'pnu_QSu3kd0y3m4VTowaqJOVmiafGfh6bwUUexEt' },
    { text: '{"prefect_api_key": "pnu_coseoqEPZQiyVFyUWHYXzecX4VBJ2QwCMHhT", "region": "eu-west-1"}', secret: 'pnu_coseoqEPZQiyVFyUWHYXzecX4VBJ2QwCMHhT' },
    { text: '  prefect_api_key: pnu_1qpa2ULSlp7YI23019YbTM6VTsTcUk0thchB', secret: 'pnu_1qpa2ULSlp7YI23019YbTM6VTsTcUk0thchB' },
    { text: 'export PREFECT_API_KEY="pnu_6meYu7in528lqeC2bowEamcmNd8zHIjKxGTd"', secret: 'pnu_6meYu7in528lqeC2bowEamcmNd8zHIjKxGTd' },
    { text: 'const prefectApiKey = \'pnu_o8F64qQHLGL29nDWo4512gvQZmfduH54PPlg\';', secret: 'pnu_o8F64qQHLGL29nDWo4512gvQZmfduH54PPlg' },
    'pnu_5gdpfycmg5kwn4v95zrfp661mzxr88sj5tky',
    { text: 'KEY="pnu_0JLSYKGR3B662CYCDQVWF12HA4UQF3DV44LL"', secret: 'pnu_0JLSYKGR3B662CYCDQVWF12HA4UQF3DV44LL' },
    { text: 'The key is pnu_5gdpfycmg5kwn4v95zrfp661mzxr88sj5tky so please rotate it.', secret: 'pnu_5gdpfycmg5kwn4v95zrfp661mzxr88sj5tky' },
  ],
  negative: [
    'PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PREFECT_API_KEY=<your-prefect-api-key>',
    'PREFECT_API_KEY=${PREFECT_API_KEY}',
    'PREFECT_API_KEY=pnu_e3wcFvApRJcKjPgizAuObX5H96wUDWESS',
    'PREFECT_API_KEY=pnu_FAsGuu21IxSd44auQ0qPGZruB19xCarC49DOOIs',
  ],
};
export default fixtures;
