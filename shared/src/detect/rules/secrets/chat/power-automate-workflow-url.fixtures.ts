import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    {
      text: 'TEAMS_WEBHOOK=https://default4f1c9e2a7b3d4c5e8f6a0b1c2d3e4f5a.6b.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/3c9e1f7a2b8d4c6e0f5a9b3d7c1e8f2a/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Kq7vX2mZ9pLw4Tn8Rb3Yc6Hs1Df5Gj0Ua2Ei7Oo4Qx9',
      secret: 'Kq7vX2mZ9pLw4Tn8Rb3Yc6Hs1Df5Gj0Ua2Ei7Oo4Qx9',
    },
    {
      text: 'curl -X POST "https://default9d4f27ab61c3e8f2d0753b8a1ce96f42.0e.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/9d4f27ab61c3e8f2d0753b8a1ce96f42/triggers/manual/paths/invoke?sig=Zt5pW9xK2mQ7vR3nL8sB4dH6yF1cJ0gA2eU7iO4aB9m&api-version=1"',
      secret: 'Zt5pW9xK2mQ7vR3nL8sB4dH6yF1cJ0gA2eU7iO4aB9m',
    },
  ],
  negative: [
    'https://default4f1c9e2a7b3d4c5e8f6a0b1c2d3e4f5a.6b.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/3c9e1f7a2b8d4c6e0f5a9b3d7c1e8f2a/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0',
    'https://default4f1c9e2a7b3d4c5e8f6a0b1c2d3e4f5a.6b.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/3c9e1f7a2b8d4c6e0f5a9b3d7c1e8f2a/triggers/manual/paths/invoke?api-version=1&xsig=Kq7vX2mZ9pLw4Tn8Rb3Yc6Hs1Df5Gj0Ua2Ei7Oo4Qx9',
    'https://make.powerautomate.com/environments/Default-4f1c9e2a/flows/3c9e1f7a/details',
  ],
};
export default fixtures;
