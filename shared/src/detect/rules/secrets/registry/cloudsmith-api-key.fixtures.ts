import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CLOUDSMITH_API_KEY=814f9dc035ac124131c65733be160556b74dcb07', secret: '814f9dc035ac124131c65733be160556b74dcb07' },
    { text: '{"cloudsmith_api_key": "3de2aa997e293fcf7d2693cbe084cb15c01fea5a", "region": "eu-west-1"}', secret: '3de2aa997e293fcf7d2693cbe084cb15c01fea5a' },
    { text: '  cloudsmith_api_key: 3c2ccbc91e6791019910cb3aa12247bc71559afd', secret: '3c2ccbc91e6791019910cb3aa12247bc71559afd' },
    { text: 'export CLOUDSMITH_API_KEY="c191ed6574cbccffa7f2113a2c43f00024165c78"', secret: 'c191ed6574cbccffa7f2113a2c43f00024165c78' },
    { text: 'const cloudsmithApiKey = \'2420e7b14955bfa38ea0ab35e01566a88a46a812\';', secret: '2420e7b14955bfa38ea0ab35e01566a88a46a812' },
  ],
  negative: [
    'CLOUDSMITH_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOUDSMITH_API_KEY=<your-cloudsmith-api-key>',
    'CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}',
    'CLOUDSMITH_API_KEY=fb27a8a8b90c20052787a5c4e31bea67792c8',
    'CLOUDSMITH_API_KEY=911ce2ee873d677b822b31e1e7248f7fba1b18ff3HW',
    'checksum: c75c95426fc05dc497f4c783eb9112ae3e4ab0b9',
    'const ref = "93d222c2be732cfba92fdd8e0e861db93d83a904";',
  ],
};
export default fixtures;
