import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AMPLITUDE_SECRET_KEY=451414b5c43a9b76b4404aff3d5d1a71', secret: '451414b5c43a9b76b4404aff3d5d1a71' },
    { text: '{"amplitude_secret_key": "0390ef8abdb678bcb64f6dd9cd1beead"}', secret: '0390ef8abdb678bcb64f6dd9cd1beead' },
    { text: 'amplitude_secret_key: b44014315c65478b2685da176515c872', secret: 'b44014315c65478b2685da176515c872' },
    { text: 'export AMPLITUDE_SECRET_KEY="2909e43973a8df071f3502e3a2cda541"', secret: '2909e43973a8df071f3502e3a2cda541' },
    { text: 'const amplitudeSecretKey = \'8e08b765a3a335cab71c173734b0c5f9\';', secret: '8e08b765a3a335cab71c173734b0c5f9' },
  ],
  negative: [
    'AMPLITUDE_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}',
    'AMPLITUDE_SECRET_KEY=<your-amplitude-api-key>',
    '"etag": "f9a91032c68aa85147f9ef9fe5b2fb1e"',
    'AMPLITUDE_SECRET_KEY=f9a91032c68aa85147f9ef9fe5b2fb1eb1e',
    'AMPLITUDE_SECRET_KEY=f9a91032c68aa85147f9ef9fe5b2f',
    'sha = "52fd5a3893bdf6509459d8ab06ad2b95"',
  ],
};
export default fixtures;
