import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sgp_NjpPfn0QwfXRkOfVFKeTx5aeQa8sLBhPwjJ8xCaDZt5xghaVyDgAyFhUBG5L0MTC',
    { text: 'SEGMENT_API_TOKEN=sgp_Y7s1IKqqm6uEf4RXaCO9lxN7VQypO03DaecjJA3MnEf0aLkLFXM07tQsGzrdP3PZ', secret: 'sgp_Y7s1IKqqm6uEf4RXaCO9lxN7VQypO03DaecjJA3MnEf0aLkLFXM07tQsGzrdP3PZ' },
    { text: '{"segment_api_token": "sgp_9rDuKRygr92XqIFnbGxEDm0KjD02eKCYWurDMS0LrwB2Lsbeu2OmUuzOqipnzl06"}', secret: 'sgp_9rDuKRygr92XqIFnbGxEDm0KjD02eKCYWurDMS0LrwB2Lsbeu2OmUuzOqipnzl06' },
    { text: 'segment_api_token: sgp_9b0EjzanSs1IJbqwkoFWRriW8Pr49821yJFCYkUZ5AIpJlFXpt4zHaxp7du3egez', secret: 'sgp_9b0EjzanSs1IJbqwkoFWRriW8Pr49821yJFCYkUZ5AIpJlFXpt4zHaxp7du3egez' },
    { text: 'export SEGMENT_API_TOKEN="sgp_dQtDFttggbgCxjdTL0Lyk2SDyXC6VAEcgvuBzNIX8eVikIbrqpqJzPQi5V8jHxYp"', secret: 'sgp_dQtDFttggbgCxjdTL0Lyk2SDyXC6VAEcgvuBzNIX8eVikIbrqpqJzPQi5V8jHxYp' },
    { text: 'const segmentApiToken = \'sgp_cKSYwfx1NXWMwrDDaxU6pFjvoi2A7LbCdYrWHCBJ8ng2HO3XIBhn6hXKfOYZEEId\';', secret: 'sgp_cKSYwfx1NXWMwrDDaxU6pFjvoi2A7LbCdYrWHCBJ8ng2HO3XIBhn6hXKfOYZEEId' },
  ],
  negative: [
    'SEGMENT_API_TOKEN=sgp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SEGMENT_API_TOKEN=${SEGMENT_API_TOKEN}',
    'SEGMENT_API_TOKEN=<your-segment-public-api-token>',
    'SEGMENT_API_TOKEN=sgp_qAwdpraOXu7PJk0zpSIRRcX42nA0qoiJgoiaTVm7o373TgblhbpiO9CN0ZqzN6Gq6Gq',
    'SEGMENT_API_TOKEN=sgp_qAwdpraOXu7PJk0zpSIRRcX42nA0qoiJgoiaTVm7o373TgblhbpiO9CN0ZqzN',
  ],
};
export default fixtures;
