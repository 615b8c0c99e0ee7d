import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '2BHNAgJ7mXjU+2Tfy8wTU1MZ2sSpLDtZqo2sriK/ne+ACRjFoUwZ',
    { text: 'docker login acmeprod.azurecr.io -u acmeprod -p 7Bfh8qePqzw+TsixmxqJbgwnKI1a/8EX7akTwX1dMM+ACRvYFP6Z', secret: '7Bfh8qePqzw+TsixmxqJbgwnKI1a/8EX7akTwX1dMM+ACRvYFP6Z' },
    { text: '## Save pass:\n\nH9OLV6/k9fHNRxOvjksAYgz/zy6H65QmG7FkDRTMgs+ACRCQuiXV\n', secret: 'H9OLV6/k9fHNRxOvjksAYgz/zy6H65QmG7FkDRTMgs+ACRCQuiXV' },
  ],
  negative: [
    'ACR_PASSWORD=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx+ACRxxxxxx',
    'see the +ACR suffix in the docs',
    'x2BHNAgJ7mXjU+2Tfy8wTU1MZ2sSpLDtZqo2sriK/ne+ACRjFoUwZ',
  ],
};
export default fixtures;
