import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'aio_KvfLv19Knyt8IJITcHDr8ytDQi0y',
    { text: 'ADAFRUIT_IO_KEY=aio_tjaLce9llE5Ie5qyjFOzvhUN68cY', secret: 'aio_tjaLce9llE5Ie5qyjFOzvhUN68cY' },
    { text: '{"aio_key": "aio_i1wUS1UfhCJfXhTV5NTrbBSDr1RF", "region": "eu-west-1"}', secret: 'aio_i1wUS1UfhCJfXhTV5NTrbBSDr1RF' },
    { text: '  aio_key: aio_UCyaYEtJpINO74RG1yhP15B7rL7c', secret: 'aio_UCyaYEtJpINO74RG1yhP15B7rL7c' },
    { text: 'export ADAFRUIT_IO_KEY="aio_J0NuXH6lQJbB46iU31O1OIVDMoYa"', secret: 'aio_J0NuXH6lQJbB46iU31O1OIVDMoYa' },
    { text: 'const aioKey = \'aio_EopJSRb56tpKC76d56DZsIDsvzYw\';', secret: 'aio_EopJSRb56tpKC76d56DZsIDsvzYw' },
  ],
  negative: [
    'ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ADAFRUIT_IO_KEY=<your-adafruit-io-key>',
    'ADAFRUIT_IO_KEY=${ADAFRUIT_IO_KEY}',
    'ADAFRUIT_IO_KEY=aio_Y6LEFu343BpVHnzqbHdiiiYIo',
    'ADAFRUIT_IO_KEY=aio_hfFjKxuJ6zelZo9LyqfsBBPh63ErbdO',
    'aio_handle_request_connection_pool',
  ],
};
export default fixtures;
