import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk.eyJ1Ijoic2V6ZnRjanciLCJhIjoicXd0OXIwMnJ4cTcydmNjemptenhhMDZocCJ9.FcMCDNMSf1i8k_GX0Yq3U_',
    { text: 'MAPBOX_SECRET_TOKEN=sk.eyJ1IjoicWNycmh6Y2UiLCJhIjoidHB0YjhrNW01dzQzMnVnaWltNXBremp0eSJ9.3JzJn8XVQUwcewQFuuzIH4', secret: 'sk.eyJ1IjoicWNycmh6Y2UiLCJhIjoidHB0YjhrNW01dzQzMnVnaWltNXBremp0eSJ9.3JzJn8XVQUwcewQFuuzIH4' },
    { text: '{"mapbox_secret_token": "sk.eyJ1IjoiaGNxcnlwa2siLCJhIjoibHdwYnU5bHJ4YmIwa2dzcHUwYmY0NzhlciJ9.6DoJdTXxoGi20eaut-bQAN"}', secret: 'sk.eyJ1IjoiaGNxcnlwa2siLCJhIjoibHdwYnU5bHJ4YmIwa2dzcHUwYmY0NzhlciJ9.6DoJdTXxoGi20eaut-bQAN' },
    { text: 'mapbox_secret_token: sk.eyJ1IjoiY2xvaG9jZ2giLCJhIjoidWxlOTIybnU5eTRwNDRiNnFjYzcwMDB5MCJ9.QSFa2R3kAfZcWVNg655qAf', secret: 'sk.eyJ1IjoiY2xvaG9jZ2giLCJhIjoidWxlOTIybnU5eTRwNDRiNnFjYzcwMDB5MCJ9.QSFa2R3kAfZcWVNg655qAf' },
    { text: 'export MAPBOX_SECRET_TOKEN="sk.eyJ1IjoiZ2F5empkeG0iLCJhIjoidWg3dHdvaHlzazhxN2p0dnQxYnhsZDk4ZyJ9.lV2iyfbHbVB7LFIfYJhbeC"', secret: 'sk.eyJ1IjoiZ2F5empkeG0iLCJhIjoidWg3dHdvaHlzazhxN2p0dnQxYnhsZDk4ZyJ9.lV2iyfbHbVB7LFIfYJhbeC' },
    { text: 'const mapboxSecretToken = \'sk.eyJ1IjoieWpkbGRmYXEiLCJhIjoiZnBhdjFyYWV4NzR6N2p2MjV1cnEzajlrMSJ9.SLZtPxSXHdDnaUCc55v8JB\';', secret: 'sk.eyJ1IjoieWpkbGRmYXEiLCJhIjoiZnBhdjFyYWV4NzR6N2p2MjV1cnEzajlrMSJ9.SLZtPxSXHdDnaUCc55v8JB' },
  ],
  negative: [
    'MAPBOX_SECRET_TOKEN=sk.eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx',
    'MAPBOX_SECRET_TOKEN=${MAPBOX_SECRET_TOKEN}',
    'MAPBOX_SECRET_TOKEN=<your-mapbox-secret-token>',
    'MAPBOX_SECRET_TOKEN=sk.eyJ1IjoiZmZ3dXZrY2MiLCJhIjoienl1cXcwbDcxNTI5NHJ3Zm1zZ3hsd2xocCJ9.tjfJA8bCpN8Hpa2mYEn',
  ],
};
export default fixtures;
