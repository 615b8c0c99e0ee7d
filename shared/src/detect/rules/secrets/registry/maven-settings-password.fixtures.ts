import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '    <password>YhOHOqYk+3tMrlbibS4Oy=</password>', secret: 'YhOHOqYk+3tMrlbibS4Oy=' },
    { text: '<server><id>nexus-releases</id><username>deploy</username><password>{ylvPXtQv+N1WaOjPnzd1S=}</password></server>', secret: 'ylvPXtQv+N1WaOjPnzd1S=' },
  ],
  negative: [
    'PASSWORD=xxxxxxxxxxxxxxxxxxxxxx',
    'PASSWORD=<your-maven-settings-password>',
    'PASSWORD=${PASSWORD}',
    'checksum: WctdQ4aL/XnBfCQtKnNnf=',
    'const ref = "YuYt3Wle/8ItyzdPU1D3A=";',
    '    <password>${env.MAVEN_PASSWORD}</password>',
    '<password>${maven.repo.password}</password>',
    'checksum abcd1234efgh5678 <password>',
  ],
};
export default fixtures;
