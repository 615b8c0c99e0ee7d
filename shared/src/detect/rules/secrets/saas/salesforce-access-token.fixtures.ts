import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '00DQDu4ZiB8xYSc!AQdDgio1limjctdSkQJUmg5YWPtGCUqXlrX68W09nq.YJoJ0DnY3ICDR4zVMFo59bpZ7mK7j5dOMZ9IusW7l9S2YD4rRI2Y0',
    { text: 'SF_ACCESS_TOKEN=00DnJyHKmHav9U3!AQnk2wvBiipmONgvGtaKzHe5dmXKildslTcrR3G5w2.sly4MVeW27mUedvGjNeGlk7ZyHZhUELKNW7RILTAbAIBulr7XnqPt', secret: '00DnJyHKmHav9U3!AQnk2wvBiipmONgvGtaKzHe5dmXKildslTcrR3G5w2.sly4MVeW27mUedvGjNeGlk7ZyHZhUELKNW7RILTAbAIBulr7XnqPt' },
    { text: '{"sf_access_token": "00DX2zRoo8vA1Br!AQsmMeIcD4Be26DC2d00yiKMop84SfXPvZlf3VwJP0.O0aoE1zyCdZikgfp9gIyBmhGQBCeg14WFEbyJokVcgFcjCL1KE0TZ"}', secret: '00DX2zRoo8vA1Br!AQsmMeIcD4Be26DC2d00yiKMop84SfXPvZlf3VwJP0.O0aoE1zyCdZikgfp9gIyBmhGQBCeg14WFEbyJokVcgFcjCL1KE0TZ' },
    { text: 'sf_access_token: 00DPezup862DZUw!AQYb1QCaUCQQVdktKUTsLATqFk9xLxMrh0QXsCNIMm.IeuQ3H8j5MiltaHZIUb9hHg3wyEiSRIRBPMzw803vv054PLF5Esxt', secret: '00DPezup862DZUw!AQYb1QCaUCQQVdktKUTsLATqFk9xLxMrh0QXsCNIMm.IeuQ3H8j5MiltaHZIUb9hHg3wyEiSRIRBPMzw803vv054PLF5Esxt' },
    { text: 'export SF_ACCESS_TOKEN="00D1kXnLyajWTaD!AQBLfWz1Do8nMWKJl6TmwxP0w1S8oNhcskD7exOj9l.B6XdnITn3SSSBVzlB2N9tjitKUMjgLORsxwE7bJdfbr5rxHAYS2bI"', secret: '00D1kXnLyajWTaD!AQBLfWz1Do8nMWKJl6TmwxP0w1S8oNhcskD7exOj9l.B6XdnITn3SSSBVzlB2N9tjitKUMjgLORsxwE7bJdfbr5rxHAYS2bI' },
    { text: 'const sfAccessToken = \'00DI8CzBoCmruoU!AQnaI5gRfdOSImrbzrt36F3kbqgYMitoRcOzn2RPcI.JjX0g1Qw4s7hOc9Fa5adr5FeWUwLSssswMBh3Z1G1YpFFACdXE9tW\';', secret: '00DI8CzBoCmruoU!AQnaI5gRfdOSImrbzrt36F3kbqgYMitoRcOzn2RPcI.JjX0g1Qw4s7hOc9Fa5adr5FeWUwLSssswMBh3Z1G1YpFFACdXE9tW' },
  ],
  negative: [
    'SF_ACCESS_TOKEN=00Dxxxxxxxxxxxx!xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SF_ACCESS_TOKEN=${SF_ACCESS_TOKEN}',
    'SF_ACCESS_TOKEN=<your-salesforce-access-token>',
  ],
};
export default fixtures;
