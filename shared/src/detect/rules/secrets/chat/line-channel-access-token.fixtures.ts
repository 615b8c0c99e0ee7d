import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LINE_CHANNEL_ACCESS_TOKEN=yrOIyx5N6w20BBWsuGtGRs2yyyURJUD1KNQkVWbgcEChO3bU5I1c4/3qbzbCvCJP53IrzpHzSW3fOCfBFNDsSZv0Pn/Qy7SX70mncttbqeb+5L+QekXCNVIPzmBcu5iAoCLkrQ05S9xp3rUGM/MAMVS54GlQVz602+sQcLbQhNs=', secret: 'yrOIyx5N6w20BBWsuGtGRs2yyyURJUD1KNQkVWbgcEChO3bU5I1c4/3qbzbCvCJP53IrzpHzSW3fOCfBFNDsSZv0Pn/Qy7SX70mncttbqeb+5L+QekXCNVIPzmBcu5iAoCLkrQ05S9xp3rUGM/MAMVS54GlQVz602+sQcLbQhNs=' },
    { text: '{"line_channel_access_token": "9f8j3erEgBUJOg89BDwVZnren36yXP4YNjmIgSL6dgYoZsBJlx4x7FnMiEx7PYAUje8C0yAT8UT88HH0qKRCXIVB73gtJFVgT5vvkDhiziYpRxtm162cF/XdYMTuf4rNwFG5Y3d46lYzkrLNiJmM5R1BmSMHcjKUIu6JNvVRBsd="}', secret: '9f8j3erEgBUJOg89BDwVZnren36yXP4YNjmIgSL6dgYoZsBJlx4x7FnMiEx7PYAUje8C0yAT8UT88HH0qKRCXIVB73gtJFVgT5vvkDhiziYpRxtm162cF/XdYMTuf4rNwFG5Y3d46lYzkrLNiJmM5R1BmSMHcjKUIu6JNvVRBsd=' },
    { text: 'line_channel_access_token: K8XZqPMW54XaG7lFInr18YMkhQimBkNQTu6FA/VxwjI8kijkGf2lxB6cb6kvXsv5TxSZcduoQobk65hrhv10YLVjpRy8OxwUS6AkP7hzdax8iWJ0mJ52j4AmxqElnKKhXcBBnj4JbKwj6UIQmlyJjjTakQiyxoYzWg56X79qfLp=', secret: 'K8XZqPMW54XaG7lFInr18YMkhQimBkNQTu6FA/VxwjI8kijkGf2lxB6cb6kvXsv5TxSZcduoQobk65hrhv10YLVjpRy8OxwUS6AkP7hzdax8iWJ0mJ52j4AmxqElnKKhXcBBnj4JbKwj6UIQmlyJjjTakQiyxoYzWg56X79qfLp=' },
    { text: 'export LINE_CHANNEL_ACCESS_TOKEN="Sc1TqGnIVWyXuBpR4WGyfDTEQo7Voj+ZiPWp4giVIORDLoc8w8evlXwDHodwAiCohmGRwiMqioniyncQAcDCyVUAykdHfBLsdWNfMIFyVfiNdB1hJVy70cgBBNfouW6viZmlhIgAWhaInWLwA5QZst3KMsFmdL62PcpbuLWY+KW="', secret: 'Sc1TqGnIVWyXuBpR4WGyfDTEQo7Voj+ZiPWp4giVIORDLoc8w8evlXwDHodwAiCohmGRwiMqioniyncQAcDCyVUAykdHfBLsdWNfMIFyVfiNdB1hJVy70cgBBNfouW6viZmlhIgAWhaInWLwA5QZst3KMsFmdL62PcpbuLWY+KW=' },
  ],
  negative: [
    'LINE_CHANNEL_ACCESS_TOKEN=xxxxxxx+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx+xxxxxxxxxxxxxxxxx+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx+xxxxxx=',
    'LINE_CHANNEL_ACCESS_TOKEN=${LINE_CHANNEL_ACCESS_TOKEN}',
    'LINE_CHANNEL_ACCESS_TOKEN=<your-line-channel-access-token>',
    '"etag": "bZDpQLM+wpJuXOo8l7yZOZRhwnqDUyTz97ZQxC4kPv+rZsUhqEe5O44RHkKX+B9xPtv33OXn85i9KwaWQ8SbA1JmIhVHN1ei07anyNqyH7M49PTINxxUzYD2UmTzPNI9YnPBzKvNr6XmKRD50dft6ApZt8GX0WiCO1Bo+IoKKzy="',
    'data: +AnpILKyXSlnIMR0+Ll9FzWAyn01OABK/k1AlhEvs8hzLurSQeCd2Z5aK4yiW9J+vlfbYPiASYGQtptER1IfuWOGUJaCyfLWPPty3KLhJc/sEdFnDK4Ks7pAyA64dp5k67QDLNQwrks2DR+rWKE8Gi+YDK9n20cL+6afT0GX2qj=',
  ],
};
export default fixtures;
