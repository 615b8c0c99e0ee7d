/** Config files: .env, JSON, YAML, TOML, INI, properties, Kubernetes manifests, compose files, CI workflows. */
import { b64 } from '../codec';
import { camel, kebab, screaming, snake } from '../names';
import type { ContextTemplates } from './types';
import { encoded, FILLER_ENV, jsonEscape, q, SERVICES, some, VENDORS } from './types';

export const config: ContextTemplates = {
  context: 'config',
  assign: [
    // .env
    (es, r) => {
      const lines = [`# ${r.pick(SERVICES)} — ${r.pick(['local overrides', 'production', 'staging settings'])}`, ...some(r, FILLER_ENV, 2)];
      for (const e of es) lines.push(r.bool() ? `${screaming(e.name)}=${e.display}` : `${screaming(e.name)}=${q(e.display)}`);
      lines.push(...some(r, FILLER_ENV, 1));
      return lines.join('\n') + '\n';
    },
    // JSON config
    (es, r) => {
      const cfg: Record<string, unknown> = { service: r.pick(SERVICES), region: 'us-east-1', retries: r.int(1, 5) };
      cfg[r.pick(['credentials', 'auth', 'secrets'])] = Object.fromEntries(es.map((e) => [camel(e.name), e.display]));
      cfg['timeoutMs'] = 1000 * r.int(1, 30);
      return encoded(JSON.stringify(cfg, null, 2) + '\n', es, jsonEscape);
    },
    // Kubernetes Secret with stringData
    (es, r) => {
      const lines = [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        `  name: ${r.pick(SERVICES)}-secrets`,
        `  namespace: ${r.pick(['prod', 'default', 'payments'])}`,
        'type: Opaque',
        'stringData:',
      ];
      for (const e of es) lines.push(`  ${screaming(e.name)}: ${q(e.display)}`);
      return lines.join('\n') + '\n';
    },
    // Kubernetes Secret with data: the whole value is base64, as `kubectl get secret -o yaml` prints it
    (es, r) => {
      const lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${r.pick(SERVICES)}`, 'type: Opaque', 'data:'];
      for (const e of es) lines.push(`  ${snake(e.name)}: ${b64(e.display)}`);
      return { text: lines.join('\n') + '\n', values: es.map((e) => b64(e.display)) };
    },
    // Kubernetes Deployment env block
    (es, r) => {
      const svc = r.pick(SERVICES);
      const lines = [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${svc}`,
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: ${svc}`,
        `          image: ghcr.io/acme/${svc}:1.${r.int(0, 20)}.${r.int(0, 9)}`,
        '          env:',
      ];
      for (const e of es) lines.push(`            - name: ${screaming(e.name)}`, `              value: ${q(e.display)}`);
      return lines.join('\n') + '\n';
    },
    // docker-compose
    (es, r) => {
      const lines = ['services:', `  ${r.pick(['api', 'worker', 'web'])}:`, '    build: .', '    environment:'];
      for (const e of es) lines.push(`      ${screaming(e.name)}: ${q(e.display)}`);
      lines.push('    ports:', `      - "${r.int(3000, 9000)}:8080"`);
      return lines.join('\n') + '\n';
    },
    // Application YAML (Spring, Rails, Helm values): nested keys, plain scalars
    (es, r) => {
      const lines = [
        `${r.pick(['app', 'integrations', 'global'])}:`,
        `  name: ${r.pick(SERVICES)}`,
        `  ${r.pick(['vendor', 'upstream', 'provider'])}:`,
        `    url: https://api.${r.pick(VENDORS)}.com`,
      ];
      for (const e of es) lines.push(`    ${kebab(e.name)}: ${e.display}`);
      lines.push('  timeout: 30s');
      return lines.join('\n') + '\n';
    },
    // TOML
    (es, r) => {
      const lines = ['[server]', `port = ${r.int(3000, 9000)}`, '', `[${r.pick(['credentials', 'integrations', 'auth'])}]`];
      for (const e of es) lines.push(`${snake(e.name)} = ${q(e.display)}`);
      return lines.join('\n') + '\n';
    },
    // INI (credentials files, php.ini-style app config, setup.cfg)
    (es, r) => {
      const lines = [`[${r.pick(['default', 'production', 'service:' + r.pick(SERVICES)])}]`, `region = ${r.pick(['eu-west-1', 'us-east-2'])}`];
      for (const e of es) lines.push(`${snake(e.name)} = ${e.display}`);
      lines.push('', '[logging]', 'level = INFO');
      return lines.join('\n') + '\n';
    },
    // Terraform variables
    (es) => es.map((e) => `${snake(e.name)} = ${q(e.display)}`).join('\n') + '\n',
    // Java properties
    (es, r) => {
      const lines = [`spring.application.name=${r.pick(SERVICES)}`, 'server.port=8080'];
      for (const e of es) lines.push(`app.${kebab(e.name).replace(/-/g, '.')}=${e.display}`);
      return lines.join('\n') + '\n';
    },
    // appsettings.json (.NET)
    (es, r) => {
      const cfg = {
        Logging: { LogLevel: { Default: 'Information' } },
        [r.pick(['Integrations', 'Secrets', 'ApiSettings'])]: Object.fromEntries(es.map((e) => [camel(e.name).replace(/^./, (c) => c.toUpperCase()), e.display])),
        AllowedHosts: '*',
      };
      return encoded(JSON.stringify(cfg, null, 2) + '\n', es, jsonEscape);
    },
    // GitHub Actions workflow with a hard-coded env value (the mistake the rule should catch)
    (es, r) => {
      const lines = ['name: deploy', 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:'];
      for (const e of es) lines.push(`      ${screaming(e.name)}: ${q(e.display)}`);
      lines.push('    steps:', '      - uses: actions/checkout@v4', `      - run: ${r.pick(['./scripts/deploy.sh', 'npm ci && npm run release'])}`);
      return lines.join('\n') + '\n';
    },
  ],
  header: [
    (es, r) => `location /api/ {\n    proxy_pass https://api.${r.pick(VENDORS)}.com/;\n${es.map((e) => `    proxy_set_header ${e.name} "${e.display}";`).join('\n')}\n}\n`,
    (es, r) =>
      `### ${r.pick(['list orders', 'create job', 'health'])}\n${r.pick(['GET', 'POST'])} https://api.${r.pick(VENDORS)}.io/v1/orders\n${es.map((e) => `${e.name}: ${e.display}`).join('\n')}\nAccept: application/json\n`,
    (es, r) => `exporters:\n  otlphttp:\n    endpoint: https://otlp.${r.pick(VENDORS)}.io:4318\n    headers:\n${es.map((e) => `      ${e.name}: "${e.display}"`).join('\n')}\n`,
  ],
  block: [
    ([e]) => `SIGNING_KEY="${e!.display}"\nSIGNING_ALG=RS256\n`,
    ([e]) => {
      const escaped = jsonEscape(e!.display);
      return { text: `{\n  "keyId": "signing-2024",\n  "privateKey": "${escaped}"\n}\n`, values: [escaped] };
    },
    ([e], r) => {
      const indented = e!.display.split('\n').join('\n    ');
      return {
        text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['tls-cert', 'deploy-key'])}\ntype: Opaque\nstringData:\n  ${e!.name}: |\n    ${indented}\n`,
        values: [indented],
      };
    },
    ([e], r) => {
      const indented = e!.display.split('\n').join('\n      ');
      return { text: `${r.pick(['sso', 'jwt', 'signing'])}:\n  issuer: https://auth.acme.io\n  key: |\n      ${indented}\n  ttl: 3600\n`, values: [indented] };
    },
  ],
  document: [([e]) => e!.display],
};
