import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AKAMAI_CLIENT_SECRET=u7PRq3u4z1frWTQXFW1djI8tCdl9K+wOvhJiDa7TxyQ=', secret: 'u7PRq3u4z1frWTQXFW1djI8tCdl9K+wOvhJiDa7TxyQ=' },
    { text: '{"client_secret": "/iQw19WGqwJiLuAJHkSK6FLY0zi7vhipr69DSEmbFGg=", "region": "eu-west-1"}', secret: '/iQw19WGqwJiLuAJHkSK6FLY0zi7vhipr69DSEmbFGg=' },
    { text: '  client_secret: edWiAt8WHlIM6yiWP0ehkcZ3TcGnLK4BtV0tJeYxwSw=', secret: 'edWiAt8WHlIM6yiWP0ehkcZ3TcGnLK4BtV0tJeYxwSw=' },
    { text: 'export AKAMAI_CLIENT_SECRET="5+BQ/hsV32v6JmunR+4AgB4u+gJGqxFMt5CB7qml44k="', secret: '5+BQ/hsV32v6JmunR+4AgB4u+gJGqxFMt5CB7qml44k=' },
    { text: 'const clientSecret = \'QTmqsjGa3MlIA6+uoAtWu1fKSHQOCfa1WbL60B9C+FY=\';', secret: 'QTmqsjGa3MlIA6+uoAtWu1fKSHQOCfa1WbL60B9C+FY=' },
  ],
  negative: [
    'AKAMAI_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AKAMAI_CLIENT_SECRET=<your-akamai-client-secret>',
    'AKAMAI_CLIENT_SECRET=${AKAMAI_CLIENT_SECRET}',
    'AKAMAI_CLIENT_SECRET=WyMpqqZjbEKBLAPEc+Tywh4BNPqv4QPezQj/zxcMk',
    'AKAMAI_CLIENT_SECRET=/dCphj4WLkvpRbyDLDr4pBhwJlLfaSC0sbPWLx/o97Q=4OX',
    'checksum: jHIP+AHaLKsUiVnriR4xrxLcq4ceGsg7XKDHxunJZs8=',
    'const ref = "QqkO6IHu0+O0o50NpOaJVVNx9Y0HMG45NDVMIaeoSmI=";',
  ],
};
export default fixtures;
