import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xai-JS3PtshLC6HKUFWGokHtU2IKyymPixaFOLep7GLW4bCotIYyn8QvUNnTiH0CYA5VRcphJWZ1XdQ1bqCj',
    { text: 'XAI_API_KEY=xai-WQicd2emYRDBZ0v8Dx2XEf23pzh34YRfrYocj4s1zVIIlXGfSXpMjjTEAvClpFc0k3Fs2sk18s1RptA5', secret: 'xai-WQicd2emYRDBZ0v8Dx2XEf23pzh34YRfrYocj4s1zVIIlXGfSXpMjjTEAvClpFc0k3Fs2sk18s1RptA5' },
    { text: '{"xai_api_key": "xai-cSB1vzP2OzfNDJ6NorKbr5gTxxWjsARnaEjRyFvmhu25G7SrzUt11SJtVfYb3rpGhNXXK1Atp8Z99XWj"}', secret: 'xai-cSB1vzP2OzfNDJ6NorKbr5gTxxWjsARnaEjRyFvmhu25G7SrzUt11SJtVfYb3rpGhNXXK1Atp8Z99XWj' },
    { text: 'xai_api_key: xai-GG6nWM4YaLYlIpXwS9AnXspthlMXzeXEDvlUt3RF6K0SdEgFGL52xyvKcuYnq9ehVAWjQqfMf4yjrt4o', secret: 'xai-GG6nWM4YaLYlIpXwS9AnXspthlMXzeXEDvlUt3RF6K0SdEgFGL52xyvKcuYnq9ehVAWjQqfMf4yjrt4o' },
    { text: 'export XAI_API_KEY="xai-XKUh0xHj2k5wvNpUB23KXk9cchuKM9IboAVp1QvNIbr7To6XAB9lCnFtLp4PjRPisdyHpXDIfo5huF5i"', secret: 'xai-XKUh0xHj2k5wvNpUB23KXk9cchuKM9IboAVp1QvNIbr7To6XAB9lCnFtLp4PjRPisdyHpXDIfo5huF5i' },
    { text: 'const xaiApiKey = \'xai-pccu65xg9gJQSqsKB0Ox3To8ecKLH4r7RKubMd1pjyOqrWh8JKDT2ZLsbBGVU1de3bIWGcANW7gHuXJ3\';', secret: 'xai-pccu65xg9gJQSqsKB0Ox3To8ecKLH4r7RKubMd1pjyOqrWh8JKDT2ZLsbBGVU1de3bIWGcANW7gHuXJ3' },
  ],
  negative: [
    'XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'XAI_API_KEY=${XAI_API_KEY}',
    'XAI_API_KEY=<your-xai-api-key>',
  ],
};
export default fixtures;
