/** Shell: history, scripts and one-off commands with the value on the command line. */
import { kebab, screaming, snake } from '../names';
import type { ContextTemplates } from './types';
import { SERVICES, sq, VENDORS } from './types';

const USERS = ['deploy', 'ci-bot', 'admin', 'svc-build', 'dana'];

export const shell: ContextTemplates = {
  context: 'shell',
  assign: [
    (es, r) => {
      let n = r.int(100, 900);
      const lines: string[] = [`  ${n++}  cd ~/src/${r.pick(SERVICES)}`];
      for (const e of es) lines.push(`  ${n++}  export ${screaming(e.name)}=${sq(e.display)}`);
      lines.push(`  ${n++}  ${r.pick(['npm run deploy', 'make release', 'terraform apply', 'python manage.py migrate'])}`, `  ${n++}  history | tail`);
      return lines.join('\n') + '\n';
    },
    (es, r) =>
      [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '',
        ...es.map((e) => `export ${screaming(e.name)}="${e.display}"`),
        '',
        `./scripts/${r.pick(['deploy', 'sync', 'backup'])}.sh "$@"`,
      ].join('\n') + '\n',
    (es, r) =>
      `$ ${es.map((e) => `${screaming(e.name)}=${sq(e.display)}`).join(' ')} ${r.pick(['npm run start', 'python worker.py', 'go run ./cmd/api', 'bundle exec rails s'])}\n`,
    (es, r) =>
      `$ kubectl -n ${r.pick(['prod', 'payments', 'default'])} create secret generic ${r.pick(SERVICES)} ${es.map((e) => `--from-literal=${snake(e.name)}=${sq(e.display)}`).join(' ')}\nsecret/${r.pick(SERVICES)} created\n`,
    (es, r) =>
      r.pick([
        (): string => `$ heroku config:set ${es.map((e) => `${screaming(e.name)}=${sq(e.display)}`).join(' ')} -a ${r.pick(SERVICES)}\n`,
        (): string => es.map((e) => `$ gh secret set ${screaming(e.name)} --body "${e.display}"`).join('\n') + '\n',
        (): string => `$ fly secrets set ${es.map((e) => `${screaming(e.name)}="${e.display}"`).join(' ')}\n`,
      ])(),
    (es, r) => `docker run --rm ${es.map((e) => `-e ${screaming(e.name)}=${e.display}`).join(' ')} -p 8080:8080 ghcr.io/acme/${r.pick(SERVICES)}:latest\n`,
  ],
  token: [
    (es, r) => es.map((e) => `$ curl -u ${r.pick(USERS)}:${e.display} https://${r.pick(['ci', 'jenkins', 'nexus'])}.${r.pick(VENDORS)}.io/api/json`).join('\n') + '\n',
    (es, r) =>
      es.map((e) => `$ docker login -u ${r.pick(USERS)} -p ${e.display} ${r.pick(['registry.acme.io', 'ghcr.io', 'docker.io'])}`).join('\n') +
      '\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n',
    (es, r) =>
      es.map((e) => `curl -sS -H "Authorization: Bearer ${e.display}" https://api.${r.pick(VENDORS)}.com/v1/${r.pick(['me', 'projects', 'events'])} | jq .`).join('\n') + '\n',
    (es, r) => es.map((e) => `$ ${r.pick(['mysql', 'mariadb'])} -h db.internal -u ${r.pick(USERS)} -p${sq(e.display)} orders -e 'select count(*) from orders'`).join('\n') + '\n',
    (es, r) => es.map((e) => `$ ${r.pick(['vault login', 'gh auth login --with-token <<<', 'npx some-cli login --token'])} ${e.display}`).join('\n') + '\n',
  ],
  header: [
    (es, r) =>
      `$ curl -sS ${es.map((e) => `-H '${e.name}: ${e.display}'`).join(' ')} -H 'Accept: application/json' https://api.${r.pick(VENDORS)}.com/v${r.int(1, 3)}/${r.pick(['orders', 'events', 'users/me'])}\n`,
    (es, r) => `$ http ${r.pick(['GET', 'POST'])} https://api.${r.pick(VENDORS)}.io/v2/items ${es.map((e) => `'${e.name}:${e.display}'`).join(' ')}\n`,
    (es, r) => `wget -q -O report.csv ${es.map((e) => `--header="${e.name}: ${e.display}"`).join(' ')} https://reports.${r.pick(VENDORS)}.com/export\n`,
  ],
  block: [
    ([e], r) => `$ cat ~/.ssh/${e!.name}\n${e!.display}\n$ ssh -i ~/.ssh/${e!.name} ${r.pick(['deploy', 'ubuntu', 'ec2-user'])}@${r.pick(['bastion.acme.io', '10.0.4.12'])}\n`,
    ([e]) => `cat > ${kebab(e!.name)}.pem <<'EOF'\n${e!.display}\nEOF\nchmod 600 ${kebab(e!.name)}.pem\n`,
  ],
  document: [([e]) => `$ cat ${e!.name}\n${e!.display}\n`, ([e]) => `cat > ${e!.name} <<'EOF'\n${e!.display}\nEOF\n`],
};
