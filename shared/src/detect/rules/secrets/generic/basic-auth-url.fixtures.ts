import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'git clone https://deploy:FY6SLUZF8b6hKZz1lfeY@git.acme-internal.io/team/repo.git', secret: 'FY6SLUZF8b6hKZz1lfeY' },
    { text: 'curl -s "https://ci-bot:q8Vn2xKt7Lm4Rz@registry.acme-internal.io/v2/_catalog"', secret: 'q8Vn2xKt7Lm4Rz' },
    { text: 'WEBHOOK=http://hook:Zp4!tR8%23wQ2m@10.1.2.3:8080/notify', secret: 'Zp4!tR8%23wQ2m' },
    // Both halves random: a key id and its secret, reported together.
    { text: 'curl https://Xk3j9dK2pQ8zR4vL:pQ8zR4vLm2Nx7Ty1@api.acme.io/v1/messages', secret: 'Xk3j9dK2pQ8zR4vL:pQ8zR4vLm2Nx7Ty1' },
    { text: 'git clone https://dana:tangerine@git.acme.io/infra/deploy.git', secret: 'tangerine' },
  ],
  negative: [
    'https://user@github.com/org/repo.git',
    'http://localhost:8080/api',
    'http://localhost:8080@evil.test/',
    'https://username:password@host.com/path',
    'https://user:${TOKEN}@git.acme-internal.io/repo.git',
    'https://<user>:<token>@github.com/org/repo.git',
    'See http://example.com:443 for details',
    'See https://example.com/guide#install:step@2 for the setup',
    'https://user:password@example.com/',
  ],
};
export default fixtures;
