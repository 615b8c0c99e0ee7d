import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'YCR24dWJ18sWxtGirjfqtj8VN7W-qmlHrwbLrQ2K',
    { text: 'AWS_SECRET_ACCESS_KEY=YCoqHnVpPpX6i3q1bhraCPCe04I1gpErEHpXdC-2', secret: 'YCoqHnVpPpX6i3q1bhraCPCe04I1gpErEHpXdC-2' },
    { text: '{"secret_key": "YCx6AHq-xLK77QHLB71bP06AHnNzGfZMbuU5yGqQ", "region": "eu-west-1"}', secret: 'YCx6AHq-xLK77QHLB71bP06AHnNzGfZMbuU5yGqQ' },
    { text: '  secret_key: YCJRyf3HNlOyhlGAsnkWvTVQ8zBZUz8iqoux9uXx', secret: 'YCJRyf3HNlOyhlGAsnkWvTVQ8zBZUz8iqoux9uXx' },
    { text: 'export AWS_SECRET_ACCESS_KEY="YCa8euFTXwM2p7Uxv7lZQZX9dXHkOi0D81348M8J"', secret: 'YCa8euFTXwM2p7Uxv7lZQZX9dXHkOi0D81348M8J' },
    { text: 'const secretKey = \'YCDIPxk45KlRFUmtoGxYg8ELbewYmRopUGKaDJ_G\';', secret: 'YCDIPxk45KlRFUmtoGxYg8ELbewYmRopUGKaDJ_G' },
  ],
  negative: [
    'AWS_SECRET_ACCESS_KEY=YCxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AWS_SECRET_ACCESS_KEY=<your-yandex-cloud-static-key-secret>',
    'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
    'AWS_SECRET_ACCESS_KEY=YCvoe0XeYpe6xzOl0m20Gj0GvqQNpb795YdYW',
    'AWS_SECRET_ACCESS_KEY=YCNj3jZKYREaHAehvsMXPrOuyrjGmZETE7RSpxTWC6Z',
  ],
};
export default fixtures;
