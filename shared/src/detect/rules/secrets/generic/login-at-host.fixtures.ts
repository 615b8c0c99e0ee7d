import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ssh into root:Hq4$zR8mLp2W@10.0.0.5 and restart the agent', secret: 'Hq4$zR8mLp2W' },
    { text: 'PGURL=deploy:Tz7&kW2qLm9X@db.internal:5432/app', secret: 'Tz7&kW2qLm9X' },
    { text: 'db, err := sql.Open("mysql", "shop_rw:Wq7!vR2mXz9L@tcp(db.internal:3306)/shop?parseTime=true")', secret: 'Wq7!vR2mXz9L' },
    { text: 'proxy: "svc_proxy:Rk4#mZ9vQ2xW@proxy.corp.example.com:3128"', secret: 'Rk4#mZ9vQ2xW' },
    { text: 'lftp -e "mirror" ftpuser:Bq7!nW3xKz5M@files.acme.io', secret: 'Bq7!nW3xKz5M' },
  ],
  negative: [
    'db, err := sql.Open("mysql", "shop_rw:${DB_PASSWORD}@tcp(db.internal:3306)/shop")',
    'FROM node:20-alpine@sha256:3f9a2c1b7e8d4f6a0b5c9e2d1a7f3b8c4e6d0a9f',
    'mailto:john.doe@example.com',
    'git@github.com:acme/app.git',
    'user:password@localhost',
    'meet at 10:30@home.office',
    'https://deploy:Tz7&kW2qLm9X@git.example.com/app.git',
    'admin:changeme123@db.internal',
    '@decorator:Hq4$zR8mLp2W@Component',
  ],
};
export default fixtures;
