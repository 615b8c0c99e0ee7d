import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '45aqYvoCwsUKjuy31Sfy6wE1orBaULBUM4JsgEK94VuNVFb1u22A4VHfHDa9SMkHNSUHVfzFuUMv62cVoHWLsjk534xRurZ',
    { text: 'XMR: 878QCqg7exFTbzzcMHFtkHeZi5pKcPeX3PVpiq8EcVbuXkdaRbNKvKH762R5WWS9rt3YRVsqy4WuuLZxy2we9jNAVDLHkXD', secret: '878QCqg7exFTbzzcMHFtkHeZi5pKcPeX3PVpiq8EcVbuXkdaRbNKvKH762R5WWS9rt3YRVsqy4WuuLZxy2we9jNAVDLHkXD' },
    '4KB8454by7wDYBUtJViptVYqTPEJnWrkmDkjJTQy8hnCgFTJTBxutQbHvvAqqJwfNzfjQWngYJxAAHfcWtjDyQzwcSJUDf9aTQRDfAqp6j',
  ],
  negative: [
    '45aqYvoCwsUKjuy31Sfy6wE1orBaULBUM4JsgEK94VuNVFb1u22A4VHfHDa9SMkHNSUHVfzFuUMv62cVoHWLsjk534xRurY',
    '4' + 'A'.repeat(94),
  ],
};
export default fixtures;
