import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'oy20w4fmw3xfk0nkhmn6rzx6vg4qmtgbf6593twig1zm8y',
    { text: 'NUGET_API_KEY=oy2jfyel3zly43pf35g8a023wkxaiiqqow2xw057xd3iaj', secret: 'oy2jfyel3zly43pf35g8a023wkxaiiqqow2xw057xd3iaj' },
    { text: '{"nuget_api_key": "oy24lft7sspwiji3fmq1vjap2avmxnjcl1atovmnjz4xhf", "region": "eu-west-1"}', secret: 'oy24lft7sspwiji3fmq1vjap2avmxnjcl1atovmnjz4xhf' },
    { text: '  nuget_api_key: oy2u2ci15tjpxvcfr91rf6gyr4sfhoxkyite069z7i44b0', secret: 'oy2u2ci15tjpxvcfr91rf6gyr4sfhoxkyite069z7i44b0' },
    { text: 'export NUGET_API_KEY="oy29ds187xcizr2o4d0z8soqa8iym3sufjnc45i3bpejq0"', secret: 'oy29ds187xcizr2o4d0z8soqa8iym3sufjnc45i3bpejq0' },
    { text: 'const nugetApiKey = \'oy22qxa4aydxrt96lxto9vui0k8n46q53m87p0hkjxgm0i\';', secret: 'oy22qxa4aydxrt96lxto9vui0k8n46q53m87p0hkjxgm0i' },
    { text: 'dotnet nuget push out/Acme.Core.1.4.2.nupkg --api-key oy2ho4u4hwgyk7fkn49j4f6aw4egz8gs0wu16pnp4ny80w --source https://api.nuget.org/v3/index.json', secret: 'oy2ho4u4hwgyk7fkn49j4f6aw4egz8gs0wu16pnp4ny80w' },
  ],
  negative: [
    'NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NUGET_API_KEY=<your-nuget-api-key>',
    'NUGET_API_KEY=${NUGET_API_KEY}',
    'NUGET_API_KEY=oy2bf5hcso9dwzwnw8xo8y8n9twfpniiujjofacekl1',
    'NUGET_API_KEY=oy24eu27btduixb3mkeqfafb09ve5dekphy16mo6cg0hg0d5o',
  ],
};
export default fixtures;
