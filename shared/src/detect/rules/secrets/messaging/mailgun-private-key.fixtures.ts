import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILGUN_API_KEY=608c80f1420d08dacea0bfcd449caafc-e75440f5-c82753c2', secret: '608c80f1420d08dacea0bfcd449caafc-e75440f5-c82753c2' },
    { text: '{"mailgun_api_key": "526a6d5d18e22ab3267f41376c0eaca2-4cc3fd24-c678c516"}', secret: '526a6d5d18e22ab3267f41376c0eaca2-4cc3fd24-c678c516' },
    { text: 'mailgun_api_key: f999de794094af794d574f878a1430fc-1ffde90f-404aec5c', secret: 'f999de794094af794d574f878a1430fc-1ffde90f-404aec5c' },
    { text: 'export MAILGUN_API_KEY="f81adae0d0792711a3f1f7d255df2876-808c9a15-ffb3d565"', secret: 'f81adae0d0792711a3f1f7d255df2876-808c9a15-ffb3d565' },
    { text: 'const mailgunApiKey = \'2fe4da61201047e3e325d48333b74b05-667943ed-368426c9\';', secret: '2fe4da61201047e3e325d48333b74b05-667943ed-368426c9' },
  ],
  negative: [
    'MAILGUN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxxxxxx',
    'MAILGUN_API_KEY=${MAILGUN_API_KEY}',
    'MAILGUN_API_KEY=<your-mailgun-private-key>',
    '"etag": "6f79f879903127f24c1b36608ef8475c-305a4928-fb77580b"',
    'MAILGUN_API_KEY=6f79f879903127f24c1b36608ef8475c-305a4928-fb77580b80b',
    'MAILGUN_API_KEY=6f79f879903127f24c1b36608ef8475c-305a4928-fb775',
    'id: 7dafe9f5ec463fd3e192c337224766cf-37f07bcf-bf4730d5',
  ],
};
export default fixtures;
