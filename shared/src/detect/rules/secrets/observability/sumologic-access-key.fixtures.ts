import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SUMOLOGIC_ACCESS_KEY=rkEyA5llR7TrzPTB4cHZF75ynFILSWSfV5n9ZE7ZBTwbIyxdRdfBFGb7ONuvz5jW', secret: 'rkEyA5llR7TrzPTB4cHZF75ynFILSWSfV5n9ZE7ZBTwbIyxdRdfBFGb7ONuvz5jW' },
    { text: '{"sumologic_access_key": "VMy2ks1d0ax6vNerVTDjQVIyTkSnM5sujkKKGL6FD4Nm3D81Cgwo1uoA0s6T3hlG"}', secret: 'VMy2ks1d0ax6vNerVTDjQVIyTkSnM5sujkKKGL6FD4Nm3D81Cgwo1uoA0s6T3hlG' },
    { text: 'sumologic_access_key: Jmla1we1Fw7VHUsSW3sNGOgzYe7lBWxGs1wGxnSC9E73YTScXcBNZ86mL0A3mVy6', secret: 'Jmla1we1Fw7VHUsSW3sNGOgzYe7lBWxGs1wGxnSC9E73YTScXcBNZ86mL0A3mVy6' },
    { text: 'export SUMOLOGIC_ACCESS_KEY="8VKOqFsIVbRlEeiHZMpCYoOtaOxPStOf59ys587aa43mCKwDAvK7IeotrRzPTL0y"', secret: '8VKOqFsIVbRlEeiHZMpCYoOtaOxPStOf59ys587aa43mCKwDAvK7IeotrRzPTL0y' },
    { text: 'const sumologicAccessKey = \'MSdCVvgWdU26gs7irt0ej01r6OTiskYS51AmFMlPsZNZNByS3KFm6eIVZIlZ6Zfc\';', secret: 'MSdCVvgWdU26gs7irt0ej01r6OTiskYS51AmFMlPsZNZNByS3KFm6eIVZIlZ6Zfc' },
  ],
  negative: [
    'SUMOLOGIC_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SUMOLOGIC_ACCESS_KEY=${SUMOLOGIC_ACCESS_KEY}',
    'SUMOLOGIC_ACCESS_KEY=<your-sumologic-access-key>',
    '"etag": "UKnJ8wpOK4fU2t8UxwAokXEpcJVxz3GVSfpJJOw66bcIMRLR6svyi03XmYGx3TjZ"',
    'SUMOLOGIC_ACCESS_KEY=UKnJ8wpOK4fU2t8UxwAokXEpcJVxz3GVSfpJJOw66bcIMRLR6svyi03XmYGx3TjZTjZ',
    'SUMOLOGIC_ACCESS_KEY=UKnJ8wpOK4fU2t8UxwAokXEpcJVxz3GVSfpJJOw66bcIMRLR6svyi03XmYGx3',
    'key: gaPJ2M965s3pE0De9cNgvfAmvsQqvrqYcdUZGeW12uK2ol1KikUig03iN5MbDIre',
  ],
};
export default fixtures;
