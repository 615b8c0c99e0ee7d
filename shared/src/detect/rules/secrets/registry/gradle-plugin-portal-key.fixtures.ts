import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GRADLE_PUBLISH_SECRET=EHUS8MNoTyLWyGQ7dSG3zj8Q6rC561iW', secret: 'EHUS8MNoTyLWyGQ7dSG3zj8Q6rC561iW' },
    { text: 'export GRADLE_PUBLISH_SECRET="u7FZQ4pycuufJ2GpLNjs5ffKK8gf7Ant"', secret: 'u7FZQ4pycuufJ2GpLNjs5ffKK8gf7Ant' },
    { text: 'gradle.publish.secret=L68USZZY75BTnrElEGs52y9u5WtVLycr', secret: 'L68USZZY75BTnrElEGs52y9u5WtVLycr' },
    { text: './gradlew publishPlugins -Pgradle.publish.key=PbWk7cHTM9wfSDUPsGy8hBicAycz6h6k', secret: 'PbWk7cHTM9wfSDUPsGy8hBicAycz6h6k' },
  ],
  negative: [
    'GRADLE_PUBLISH_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GRADLE_PUBLISH_SECRET=<your-gradle-plugin-portal-key>',
    'GRADLE_PUBLISH_SECRET=${GRADLE_PUBLISH_SECRET}',
    'GRADLE_PUBLISH_SECRET=iIqCx982nV4j57FVrZuLcVdQ3tgiM',
    'GRADLE_PUBLISH_SECRET=U7JiqD0muXB8gatFuJ7hUem1MVEpAa3LY7I',
    'checksum: 78Va1Ln7YIvTpXvqrcoabUHxZA4fr2pM',
    'const ref = "BWlQoI0nLtflKgjW2o4If01EBBxbzA3c";',
  ],
};
export default fixtures;
