import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'rootly_3c9e1f7a2b8d4c6e0f5a9b3d7c1e8f2a4b6d0c9e3f7a1b5d8c2e6f0a4b9d3c7e',
    { text: "client = Rootly(token='rootly_9d4f27ab61c3e8f2d0753b8a1ce96f42a7c0e5b9d3f81a2c6e4b7d9f0a3c5e81')", secret: 'rootly_9d4f27ab61c3e8f2d0753b8a1ce96f42a7c0e5b9d3f81a2c6e4b7d9f0a3c5e81' },
  ],
  negative: [
    'rootly_0000000000000000000000000000000000000000000000000000000000000000',
    'rootly_3c9e1f7a2b8d4c6e0f5a9b3d7c1e8f2a',
    'rootly_incident_channel_configuration',
  ],
};
export default fixtures;
