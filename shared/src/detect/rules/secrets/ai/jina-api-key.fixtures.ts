import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'jina_a6f3c59d86c7e3240a92cd8dac227d9emyNT7294j92y100le86RTZL3n9Od',
    { text: 'JINA_API_KEY=jina_9495304d21501f78d92ce3140d1cabb5HbcdVg6oIi0OMerm5Pnwm3XZ9Bma', secret: 'jina_9495304d21501f78d92ce3140d1cabb5HbcdVg6oIi0OMerm5Pnwm3XZ9Bma' },
    { text: '{"jina_api_key": "jina_31afe1073fcba71aff9137a5be6157627tcgvh5HRokJwj9YIxKZaENKHbb1"}', secret: 'jina_31afe1073fcba71aff9137a5be6157627tcgvh5HRokJwj9YIxKZaENKHbb1' },
    { text: 'jina_api_key: jina_5d30ea7ba8e48fc174d0eceab98781868tHoA9x1k2KRqQB1XmDN4yvYXpJY', secret: 'jina_5d30ea7ba8e48fc174d0eceab98781868tHoA9x1k2KRqQB1XmDN4yvYXpJY' },
    { text: 'export JINA_API_KEY="jina_6519a9bd6e255816de11d5a9adb4e6f2o1DCR82NMVXSMnTlpB95EtkORksj"', secret: 'jina_6519a9bd6e255816de11d5a9adb4e6f2o1DCR82NMVXSMnTlpB95EtkORksj' },
    { text: 'const jinaApiKey = \'jina_0b432e372c727cfe0b2e440ebabc27f25Pb5MDXpArFx3Mtv1UvUs9hYN2Fd\';', secret: 'jina_0b432e372c727cfe0b2e440ebabc27f25Pb5MDXpArFx3Mtv1UvUs9hYN2Fd' },
  ],
  negative: [
    'JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'JINA_API_KEY=${JINA_API_KEY}',
    'JINA_API_KEY=<your-jina-api-key>',
  ],
};
export default fixtures;
