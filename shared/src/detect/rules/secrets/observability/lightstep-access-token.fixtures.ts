import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LIGHTSTEP_ACCESS_TOKEN=S2CJJR8sJJJ/p2VPvyDIMYk2f+Tv1gwwEID0WfH6VkDk/OOPGZohmn8glTBNKWLFvOpAIgREExny5ANzp59d', secret: 'S2CJJR8sJJJ/p2VPvyDIMYk2f+Tv1gwwEID0WfH6VkDk/OOPGZohmn8glTBNKWLFvOpAIgREExny5ANzp59d' },
    { text: '{"lightstep_access_token": "IMWLWb1Koiu8HMWMUlF9sjS9IyHFAR6+0N2kL0WR6eYyf643nWQlH6aDwCT0NA9e0CaNPrloCVotKw+6kw0w"}', secret: 'IMWLWb1Koiu8HMWMUlF9sjS9IyHFAR6+0N2kL0WR6eYyf643nWQlH6aDwCT0NA9e0CaNPrloCVotKw+6kw0w' },
    { text: 'lightstep_access_token: JF2tRQv9qlQ8si8a8rEJEonQyLfXGGZh+exQrx4fLGxr3mbSW6RnmR7xRzmxPDLjm8xiE3ADViZyJUzrByA5', secret: 'JF2tRQv9qlQ8si8a8rEJEonQyLfXGGZh+exQrx4fLGxr3mbSW6RnmR7xRzmxPDLjm8xiE3ADViZyJUzrByA5' },
    { text: 'export LIGHTSTEP_ACCESS_TOKEN="660XNG+bauaZVw2p8corwZQnddkO2MW/H0Y6qux7WZoLS52X9k8U9wUEPqhGVbmVWvZifOI0qcESZGLaaAnZ"', secret: '660XNG+bauaZVw2p8corwZQnddkO2MW/H0Y6qux7WZoLS52X9k8U9wUEPqhGVbmVWvZifOI0qcESZGLaaAnZ' },
    { text: 'const lightstepAccessToken = \'SPaVChRz8Su0uljDEE04x8Fqj42VeTp9U+ZaJ/wVcrW1hVMxSq9XNbRJ/Dj0koiFr42PeDwd62xhmI6sTGWY\';', secret: 'SPaVChRz8Su0uljDEE04x8Fqj42VeTp9U+ZaJ/wVcrW1hVMxSq9XNbRJ/Dj0koiFr42PeDwd62xhmI6sTGWY' },
  ],
  negative: [
    'LIGHTSTEP_ACCESS_TOKEN=/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxx',
    'LIGHTSTEP_ACCESS_TOKEN=${LIGHTSTEP_ACCESS_TOKEN}',
    'LIGHTSTEP_ACCESS_TOKEN=<your-lightstep-access-token>',
    '"etag": "/n4vq3VpcxPQkMhzoRVoByy2rjF5BXqk5LnWNvX4IxS9w5hWy7ciWDCf9goKVDmdP5ghJ6ob/HxlFEbs9jgU"',
    'token: 71soMR7GbJu6Nk+cp4QwIxwY9DypGNtj9PR/9qwPXFB/DSjohYS7dwa6yCzSrnH4HO3fF5spWed5NhtEjw+Z',
  ],
};
export default fixtures;
