import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LINE_CHANNEL_ACCESS_TOKEN=fH+U+s8GeZaUAcgPW0WaobkIwjx7FRyOrCsDCaqHQzyq0yuarqC1pgkn4mbtTUPFe+UXydC9zqnFgY+opE7UvhqpvvRj+fpk5L0u8+GjMJuBMgS/qHH4qOavy2Umse0pc+9/NGdqCXLPkjFLyVd5KaQp1W6eAmrRB5ygLSvSsBC=', secret: 'fH+U+s8GeZaUAcgPW0WaobkIwjx7FRyOrCsDCaqHQzyq0yuarqC1pgkn4mbtTUPFe+UXydC9zqnFgY+opE7UvhqpvvRj+fpk5L0u8+GjMJuBMgS/qHH4qOavy2Umse0pc+9/NGdqCXLPkjFLyVd5KaQp1W6eAmrRB5ygLSvSsBC=' },
    { text: '{"line_channel_access_token": "CP7a35yqgBEEaNyvlFXJs99m2eQ1lB23Fz8QQ4Y5wIzUfA2v9qPkqx5mF8/kWmscVhYYXkXZokHPLryTTwkYM7gvlXSUdSY+Gc6bwsdQGRxIG+qFA1fFGxaVMIBL6YAI8F3507HbLtr/UI8b6eTyniRlL0SDP/x+85O86+CsS+n="}', secret: 'CP7a35yqgBEEaNyvlFXJs99m2eQ1lB23Fz8QQ4Y5wIzUfA2v9qPkqx5mF8/kWmscVhYYXkXZokHPLryTTwkYM7gvlXSUdSY+Gc6bwsdQGRxIG+qFA1fFGxaVMIBL6YAI8F3507HbLtr/UI8b6eTyniRlL0SDP/x+85O86+CsS+n=' },
    { text: 'line_channel_access_token: mVWTlnerLvSnDyvhr2JlC9Ie8ZCTNgKgWA7+YbZnJrtXbq5nkAlRhRQbOlF0NGMiO4NK+Wqg2/azikWVkb+txvQeeHk2bVCy0MTwLpI33SOxs8lpa2T8bziD+BbKDh9boXr4ZeX0bgoKGhEeEEfJBUI1SJmS+tA4oyEZHejX4IP=', secret: 'mVWTlnerLvSnDyvhr2JlC9Ie8ZCTNgKgWA7+YbZnJrtXbq5nkAlRhRQbOlF0NGMiO4NK+Wqg2/azikWVkb+txvQeeHk2bVCy0MTwLpI33SOxs8lpa2T8bziD+BbKDh9boXr4ZeX0bgoKGhEeEEfJBUI1SJmS+tA4oyEZHejX4IP=' },
    { text: 'export LINE_CHANNEL_ACCESS_TOKEN="UM4uKvqzyL5ZzfK7pPYKvQn/ugR/ILWJcsbmsTENRkIFWR5rpp1VS/12AH473XuXYn7ddEtpN4fivffXc70rvxoM26cbvlP7FnvN2rC+Rmj0NltO0Ljqm9aQLqslZ+nSSNVx8NmSOJD0Q2l1rXcX/MsPMdIu79uGql9415AKKKV="', secret: 'UM4uKvqzyL5ZzfK7pPYKvQn/ugR/ILWJcsbmsTENRkIFWR5rpp1VS/12AH473XuXYn7ddEtpN4fivffXc70rvxoM26cbvlP7FnvN2rC+Rmj0NltO0Ljqm9aQLqslZ+nSSNVx8NmSOJD0Q2l1rXcX/MsPMdIu79uGql9415AKKKV=' },
  ],
  negative: [
    'LINE_CHANNEL_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxx+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxx+xxxxxxxxxxx=',
    'LINE_CHANNEL_ACCESS_TOKEN=${LINE_CHANNEL_ACCESS_TOKEN}',
    'LINE_CHANNEL_ACCESS_TOKEN=<your-line-channel-access-token>',
    '"etag": "1qdleJ8W89Vbq6W4EbKFYX+LEG03LLQhUkSC3SWewTklzfKccc3iWnsqF2Cj8lBCRLOrTKW/HoIp6VZ/Q5bFkgOQUQTVuRB7fZ7u0uvjsG6gNyvKfxWq3LpQAeDSEiGbiP3phU3WJHS6suG6/uRxqe7HUWsxEbW+W6YWEZ9bER7="',
    'data: 35T7MyBBsQfK78uzx7uraBAhjNmVNrd+G1R36cFNaSy3fipRKZIphgYMle5hYM/EnEpS/P78gJzOjo4mlo4Qhox8g3iAuf981EdcPyy0+p8Vl/ihVzfsvzmAxBr1hnLMPDl4a8k7r0AlqEfuOujSdBcg3D0ZPRJFaovdET/FkxN=',
  ],
};
export default fixtures;
