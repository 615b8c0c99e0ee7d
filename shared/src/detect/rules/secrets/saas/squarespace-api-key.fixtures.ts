import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SQUARESPACE_API_KEY=22a1cf6f-d4b2-4e1f-ac08-7e52c1a764d8', secret: '22a1cf6f-d4b2-4e1f-ac08-7e52c1a764d8' },
    { text: '{"squarespace_api_key": "35a93ef8-d384-4f86-a59d-b7b0ac9b1734"}', secret: '35a93ef8-d384-4f86-a59d-b7b0ac9b1734' },
    { text: 'squarespace_api_key: a7830888-7fb2-4914-8d62-1663ee6469c4', secret: 'a7830888-7fb2-4914-8d62-1663ee6469c4' },
    { text: 'export SQUARESPACE_API_KEY="bccb1714-19fd-4c38-9ac1-912a598dab0b"', secret: 'bccb1714-19fd-4c38-9ac1-912a598dab0b' },
    { text: 'const squarespaceApiKey = \'32270459-324f-4b11-aab7-dfafb180cb1b\';', secret: '32270459-324f-4b11-aab7-dfafb180cb1b' },
  ],
  negative: [
    'SQUARESPACE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'SQUARESPACE_API_KEY=${SQUARESPACE_API_KEY}',
    'SQUARESPACE_API_KEY=<your-squarespace-api-key>',
    '"etag": "9182800a-0f25-48ab-9638-894419debf7f"',
    'SQUARESPACE_API_KEY=9182800a-0f25-48ab-9638-894419debf7ff7f',
    'SQUARESPACE_API_KEY=9182800a-0f25-48ab-9638-894419deb',
    'request_id: 18050347-b7e8-4838-8a19-1a322aa12594',
  ],
};
export default fixtures;
