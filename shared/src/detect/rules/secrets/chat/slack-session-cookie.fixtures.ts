import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxd-RqD94mjenOvKrwLZw8aVlfr1bT4zp9Yw0VO0qWiP%2FbIC9ZBzq79Sz5KtSZF42dmQP8HPgq8xSjCSqM7oJhEa4Hn87VV%2BZPxqTOLkj1VsRuybjZHoKDmG6KcvDXAC9EilJm8EI5aVjLnZIswYCv0sZ3Qh%3D',
    { text: 'SLACK_D_COOKIE=xoxd-DSbVzxGMkbH3q997qhyaTNstakV2tUn2GCUn7Cvq%2FoVYU0nYZ3co3NTJEgaWEG4p7Eapvta7pOLTJMrMtx9LXfmJIMe%2BMfsNsOdS8VGpmmC351U6A1GfkYBxyV6K1UEVXxFC0gBsVgxkLaOyFnGMuJip%3D', secret: 'xoxd-DSbVzxGMkbH3q997qhyaTNstakV2tUn2GCUn7Cvq%2FoVYU0nYZ3co3NTJEgaWEG4p7Eapvta7pOLTJMrMtx9LXfmJIMe%2BMfsNsOdS8VGpmmC351U6A1GfkYBxyV6K1UEVXxFC0gBsVgxkLaOyFnGMuJip%3D' },
    { text: '{"slack_d_cookie": "xoxd-RJ13Rp8NbFWtjk23y1gX3p2XtDtAItNcRTg1uz2T%2FSSzmKRnPkngGmzZ3Fcbw6tpthaQRwsVnGXmokBOUwi8BDToQtP%2Bp0kXwtPXFesRCfyd4B94JxfSUweXHpZuhTrMURrg30v8CThgaSsQpxiJBw6I%3D"}', secret: 'xoxd-RJ13Rp8NbFWtjk23y1gX3p2XtDtAItNcRTg1uz2T%2FSSzmKRnPkngGmzZ3Fcbw6tpthaQRwsVnGXmokBOUwi8BDToQtP%2Bp0kXwtPXFesRCfyd4B94JxfSUweXHpZuhTrMURrg30v8CThgaSsQpxiJBw6I%3D' },
    { text: 'slack_d_cookie: xoxd-e8fKjZ97ZiKiTd1GnNgNG2jScxG7sHDEGQ824gzp%2FMQ8OpqemiMsWQGEgNP2eoIlx2EW6CH8FB0uasm43GLPM8kmq0r%2BLELGKeVlrZubqNXF3MsddysUYz2sTMvPCGQMgDEw2Eg74iR6rT9FiVXXX55G%3D', secret: 'xoxd-e8fKjZ97ZiKiTd1GnNgNG2jScxG7sHDEGQ824gzp%2FMQ8OpqemiMsWQGEgNP2eoIlx2EW6CH8FB0uasm43GLPM8kmq0r%2BLELGKeVlrZubqNXF3MsddysUYz2sTMvPCGQMgDEw2Eg74iR6rT9FiVXXX55G%3D' },
    { text: 'export SLACK_D_COOKIE="xoxd-f478cXZ9VXxTgcsZzLTSDEeNyY5yh9y21AQ5oNxo%2FavgLRY5ZmkjUzJAiIg3NZBi9JRDijY6OPiQcxY18VjswBovq1F%2BGyrUH2AgDwzvnuGP1CFrUeKbuyRCw5aDZ8CVepiJo7jpxFIAMkZk5WiNWvZO%3D"', secret: 'xoxd-f478cXZ9VXxTgcsZzLTSDEeNyY5yh9y21AQ5oNxo%2FavgLRY5ZmkjUzJAiIg3NZBi9JRDijY6OPiQcxY18VjswBovq1F%2BGyrUH2AgDwzvnuGP1CFrUeKbuyRCw5aDZ8CVepiJo7jpxFIAMkZk5WiNWvZO%3D' },
    { text: 'const slackDCookie = \'xoxd-EVPiAzIBddWQY3ZpDVYadgXUbXEjNk2tc00PCery%2F4dJM0AZpQRznmbCd6tSWIlB3KxFQ4jBVnZitLehbZE0CMjq3u0%2BQVQ12cwpNAKgLKVFMNMqYaOkVhQXtRHfyMjQOoK0F5u8X04nhf96NPtT1plU%3D\';', secret: 'xoxd-EVPiAzIBddWQY3ZpDVYadgXUbXEjNk2tc00PCery%2F4dJM0AZpQRznmbCd6tSWIlB3KxFQ4jBVnZitLehbZE0CMjq3u0%2BQVQ12cwpNAKgLKVFMNMqYaOkVhQXtRHfyMjQOoK0F5u8X04nhf96NPtT1plU%3D' },
  ],
  negative: [
    'SLACK_D_COOKIE=xoxd-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xx',
    'SLACK_D_COOKIE=${SLACK_D_COOKIE}',
    'SLACK_D_COOKIE=<your-slack-session-cookie>',
  ],
};
export default fixtures;
