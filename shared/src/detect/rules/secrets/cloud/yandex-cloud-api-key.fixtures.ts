import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AQVNbs1gY2zua-RutMJompZv1eIxFIpqcARLDUn0',
    { text: 'YC_API_KEY=AQVNTIfafgBbTEWkIJsdofZH-vVlKfTUvzrYDEvg', secret: 'AQVNTIfafgBbTEWkIJsdofZH-vVlKfTUvzrYDEvg' },
    { text: '{"yandex_api_key": "AQVNInUHhn6xaBAAg93U1yElCeVsfy7xNxJNLP9d", "region": "eu-west-1"}', secret: 'AQVNInUHhn6xaBAAg93U1yElCeVsfy7xNxJNLP9d' },
    { text: '  yandex_api_key: AQVNsuvbRUOVztxj4obqYGcQIO26xIvipNmfDf77', secret: 'AQVNsuvbRUOVztxj4obqYGcQIO26xIvipNmfDf77' },
    { text: 'export YC_API_KEY="AQVNoLOgX4OKYM0fmanioCPjusddeJJQQtw_-Mrl"', secret: 'AQVNoLOgX4OKYM0fmanioCPjusddeJJQQtw_-Mrl' },
    { text: 'const yandexApiKey = \'AQVNhHhSpZBjVWlDl2UOL6OalrBdTyzTA1hiLXL8\';', secret: 'AQVNhHhSpZBjVWlDl2UOL6OalrBdTyzTA1hiLXL8' },
  ],
  negative: [
    'YC_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'YC_API_KEY=<your-yandex-cloud-api-key>',
    'YC_API_KEY=${YC_API_KEY}',
    'YC_API_KEY=AQVNXtGytf3Oo1oDoBo8K8-3K87pC6VIFu24A',
    'YC_API_KEY=AQVN_h4kISVxqIF2XMGdx-J4SsR6dLHtCU2gT8stG1q',
  ],
};
export default fixtures;
