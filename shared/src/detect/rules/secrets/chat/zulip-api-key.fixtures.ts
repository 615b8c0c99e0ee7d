import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ZULIP_API_KEY=l7murMVaQVQQ2NXtjvNnuL0jRVavCHw5', secret: 'l7murMVaQVQQ2NXtjvNnuL0jRVavCHw5' },
    { text: '{"zulip_api_key": "5dCg80N6eVX9NnzTa3NMI7P1S4DWkt23"}', secret: '5dCg80N6eVX9NnzTa3NMI7P1S4DWkt23' },
    { text: 'zulip_api_key: v7meOVSZBocjiwfFhKLCMmYd10IWpXiA', secret: 'v7meOVSZBocjiwfFhKLCMmYd10IWpXiA' },
    { text: 'export ZULIP_API_KEY="tNIlrhXRl8dFsCRrVsAl5vmPzt4B7nF9"', secret: 'tNIlrhXRl8dFsCRrVsAl5vmPzt4B7nF9' },
    { text: 'const zulipApiKey = \'zCOptBgcNspHE4AHsLS7xqHHC1QDkE2G\';', secret: 'zCOptBgcNspHE4AHsLS7xqHHC1QDkE2G' },
  ],
  negative: [
    'ZULIP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ZULIP_API_KEY=${ZULIP_API_KEY}',
    'ZULIP_API_KEY=<your-zulip-api-key>',
    '"etag": "fScrBgrKFIK2tMb0q7d8kgnZM5wpPahh"',
    'ZULIP_API_KEY=fScrBgrKFIK2tMb0q7d8kgnZM5wpPahhahh',
    'ZULIP_API_KEY=fScrBgrKFIK2tMb0q7d8kgnZM5wpP',
    'api_key=pBiPBZrJ6QQTUJC8AniEGs1pVqPpUmhl',
  ],
};
export default fixtures;
