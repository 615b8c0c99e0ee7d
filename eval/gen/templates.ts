/**
 * Snippet templates: the realistic surroundings a value leaks in (config files, code, shell history,
 * logs, chat, stack traces). Each template receives 1–3 entries and returns the full text; values are
 * always inserted verbatim, so the labelled value stays an exact substring.
 */
import { camel, human, kebab, screaming, snake } from './names';
import type { Rng } from './rng';

export interface Entry {
  name: string;
  display: string;
}

export type Template = (entries: Entry[], r: Rng) => string;

const SERVICES = ['billing-api', 'orders-worker', 'notifier', 'checkout', 'reporting', 'auth-gateway', 'ingest'];
const FILLER_ENV = ['NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'AWS_REGION=eu-west-1', 'TZ=UTC', 'FEATURE_NEW_CHECKOUT=true', 'WORKERS=4'];

function isoTime(r: Rng): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${pad(r.int(0, 999), 3)}Z`;
}

function some<T>(r: Rng, items: readonly T[], n: number): T[] {
  return r.shuffle(items).slice(0, n);
}

const q = (s: string): string => JSON.stringify(s);
/** Single-quoted literal; none of the generated values contain a single quote. */
const sq = (s: string): string => `'${s}'`;

export const assignTemplates: Template[] = [
  // .env file
  (es, r) => {
    const lines = [`# ${r.pick(SERVICES)} — ${r.pick(['local overrides', 'production', 'staging settings'])}`, ...some(r, FILLER_ENV, 2)];
    for (const e of es) lines.push(r.bool() ? `${screaming(e.name)}=${e.display}` : `${screaming(e.name)}=${q(e.display)}`);
    lines.push(...some(r, FILLER_ENV, 1));
    return lines.join('\n') + '\n';
  },
  // JSON config
  (es, r) => {
    const cfg: Record<string, unknown> = { service: r.pick(SERVICES), region: 'us-east-1', retries: r.int(1, 5) };
    const creds: Record<string, string> = {};
    for (const e of es) creds[camel(e.name)] = e.display;
    cfg[r.pick(['credentials', 'auth', 'secrets'])] = creds;
    cfg['timeoutMs'] = 1000 * r.int(1, 30);
    return JSON.stringify(cfg, null, 2) + '\n';
  },
  // Kubernetes Secret manifest with stringData
  (es, r) => {
    const lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${r.pick(SERVICES)}-secrets`, `  namespace: ${r.pick(['prod', 'default', 'payments'])}`, 'type: Opaque', 'stringData:'];
    for (const e of es) lines.push(`  ${screaming(e.name)}: ${q(e.display)}`);
    return lines.join('\n') + '\n';
  },
  // Kubernetes Deployment env block
  (es, r) => {
    const svc = r.pick(SERVICES);
    const lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${svc}`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: ${svc}`, `          image: ghcr.io/acme/${svc}:1.${r.int(0, 20)}.${r.int(0, 9)}`, '          env:'];
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
  // Python module
  (es, r) => {
    const lines = ['import os', 'import requests', '', '# TODO: move these to the vault before merging'];
    for (const e of es) lines.push(`${screaming(e.name)} = ${sq(e.display)}`);
    lines.push('', 'def fetch_report(day):', `    resp = requests.get(f"https://api.${r.pick(['acme', 'vendor'])}.com/reports/{day}", timeout=10)`, '    resp.raise_for_status()', '    return resp.json()');
    return lines.join('\n') + '\n';
  },
  // Python client construction with keyword arguments
  (es, r) => {
    const args = es.map((e) => `    ${snake(e.name)}=${q(e.display)},`);
    return [`from ${r.pick(['acme_sdk', 'vendor_client'])} import Client`, '', 'client = Client(', ...args, `    timeout=${r.int(5, 60)},`, ')', 'print(client.ping())'].join('\n') + '\n';
  },
  // JavaScript/TypeScript config object
  (es, r) => {
    const props = es.map((e) => `  ${camel(e.name)}: ${sq(e.display)},`);
    return [`// ${r.pick(SERVICES)} config`, 'export const config = {', `  baseUrl: 'https://api.${r.pick(['acme', 'example-vendor'])}.io',`, ...props, '};'].join('\n') + '\n';
  },
  // Go
  (es, r) => {
    const lines = ['package main', '', 'import (', '\t"log"', '\t"os"', ')', '', 'func main() {'];
    for (const e of es) lines.push(`\tos.Setenv(${q(screaming(e.name))}, ${q(e.display)})`);
    lines.push(`\tif err := run(); err != nil {`, `\t\tlog.Fatalf("${r.pick(SERVICES)}: %v", err)`, '\t}', '}');
    return lines.join('\n') + '\n';
  },
  // Shell history
  (es, r) => {
    let n = r.int(100, 900);
    const lines: string[] = [`  ${n++}  cd ~/src/${r.pick(SERVICES)}`];
    for (const e of es) lines.push(`  ${n++}  export ${screaming(e.name)}=${sq(e.display)}`);
    lines.push(`  ${n++}  ${r.pick(['npm run deploy', 'make release', 'terraform apply', 'python manage.py migrate'])}`, `  ${n++}  history | tail`);
    return lines.join('\n') + '\n';
  },
  // TOML
  (es, r) => {
    const lines = ['[server]', `port = ${r.int(3000, 9000)}`, '', `[${r.pick(['credentials', 'integrations', 'auth'])}]`];
    for (const e of es) lines.push(`${snake(e.name)} = ${q(e.display)}`);
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
  // GitHub Actions workflow with a hard-coded env value (the mistake the rule should catch)
  (es, r) => {
    const lines = ['name: deploy', 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:'];
    for (const e of es) lines.push(`      ${screaming(e.name)}: ${q(e.display)}`);
    lines.push('    steps:', '      - uses: actions/checkout@v4', `      - run: ${r.pick(['./scripts/deploy.sh', 'npm ci && npm run release'])}`);
    return lines.join('\n') + '\n';
  },
  // Log line
  (es, r) => {
    const kv = es.map((e) => `${snake(e.name)}=${e.display}`).join(' ');
    return `${isoTime(r)} ${r.pick(['DEBUG', 'INFO', 'WARN'])} [${r.pick(SERVICES)}] ${r.pick(['loaded config', 'starting client', 'retrying request'])} ${kv} region=eu-west-1\n`;
  },
  // Chat message
  (es, r) => {
    const intro = r.pick(['hey, deploy is failing with a 401 again.', 'quick question about the integration:', 'can someone check why auth breaks?', 'ok so']);
    if (es.length === 1) {
      const e = es[0]!;
      return `${intro} here's my ${human(e.name)}: ${e.display} ${r.pick(['— can you try it?', 'is it wrong?', 'thanks!'])}\n`;
    }
    return `${intro} these are the values I'm using:\n${es.map((e) => `- ${human(e.name)}: ${e.display}`).join('\n')}\nany idea?\n`;
  },
  // Python stack trace
  (es, r) => {
    const args = es.map((e) => `${snake(e.name)}=${sq(e.display)}`).join(', ');
    return [
      'Traceback (most recent call last):',
      `  File "/srv/${r.pick(SERVICES)}/app/main.py", line ${r.int(10, 300)}, in <module>`,
      `    client = connect(${args})`,
      `  File "/srv/app/.venv/lib/python3.11/site-packages/vendor/client.py", line ${r.int(10, 900)}, in connect`,
      '    raise AuthenticationError(resp.text)',
      'vendor.errors.AuthenticationError: {"error": "invalid_credentials"}',
    ].join('\n') + '\n';
  },
  // Node stack trace with the failing config printed
  (es, r) => {
    const cfg = es.map((e) => `  ${camel(e.name)}: '${e.display}'`).join(',\n');
    return [
      `Error: Request failed with status code ${r.pick([401, 403])}`,
      `    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)`,
      `    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)`,
      `    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:${r.int(200, 400)}:11)`,
      'config used: {',
      cfg,
      '}',
    ].join('\n') + '\n';
  },
];

export const headerTemplates: Template[] = [
  // curl in shell history
  (es, r) => {
    const hs = es.map((e) => `-H '${e.name}: ${e.display}'`).join(' ');
    return `$ curl -sS ${hs} -H 'Accept: application/json' https://api.${r.pick(['acme', 'vendor', 'partner'])}.com/v${r.int(1, 3)}/${r.pick(['orders', 'events', 'users/me'])}\n`;
  },
  // Raw HTTP request dump (curl -v)
  (es, r) => {
    const lines = [`> ${r.pick(['GET', 'POST'])} /api/${r.pick(['reports', 'ingest', 'v2/items'])} HTTP/1.1`, `> Host: ${r.pick(['api', 'ingest', 'logs'])}.${r.pick(['acme', 'vendor'])}.io`, '> User-Agent: curl/8.4.0'];
    for (const e of es) lines.push(`> ${e.name}: ${e.display}`);
    lines.push('> Accept: */*', '>', `< HTTP/1.1 ${r.pick([200, 401, 403])}`);
    return lines.join('\n') + '\n';
  },
  // Python requests
  (es, r) => {
    const hs = es.map((e) => `    ${q(e.name)}: ${q(e.display)},`).join('\n');
    return `import requests\n\nheaders = {\n${hs}\n    "Content-Type": "application/json",\n}\nresp = requests.post("https://api.${r.pick(['acme', 'vendor'])}.com/v1/jobs", headers=headers, json={"name": "nightly"})\nprint(resp.status_code)\n`;
  },
  // fetch
  (es, r) => {
    const hs = es.map((e) => `    ${q(e.name)}: ${q(e.display)},`).join('\n');
    return `const res = await fetch('https://api.${r.pick(['acme', 'vendor'])}.io/v1/${r.pick(['search', 'upload'])}', {\n  method: 'POST',\n  headers: {\n${hs}\n  },\n  body: JSON.stringify(payload),\n});\n`;
  },
  // Debug log of outgoing headers
  (es, r) => {
    const hs = es.map((e) => `${q(e.name)}: ${q(e.display)}`).join(', ');
    return `${isoTime(r)} DEBUG http: outgoing request POST https://hooks.${r.pick(['acme', 'vendor'])}.io/collect headers={${hs}}\n`;
  },
  // Chat asking about a failing request
  (es, r) => {
    const hs = es.map((e) => `  -H "${e.name}: ${e.display}" \\`).join('\n');
    return `${r.pick(['why does this return 403?', 'this works in Postman but not in CI:', 'getting unauthorized here'])}\n\`\`\`\ncurl -X POST \\\n${hs}\n  https://api.${r.pick(['acme', 'vendor'])}.com/v1/sync\n\`\`\`\n`;
  },
];

/** Block templates return the value as it ends up in the text (YAML indentation, JSON escaping). */
export type BlockTemplate = (e: Entry, r: Rng) => { text: string; value: string };

export const blockTemplates: BlockTemplate[] = [
  (e, r) => ({ text: `${r.pick(['my server rejects this key, what is wrong with it?', 'is this the right format for the deploy key?', 'pasting the key here so you can set up CI:'])}\n\`\`\`\n${e.display}\n\`\`\`\n`, value: e.display }),
  (e, r) => ({ text: `$ cat ~/.ssh/${e.name}\n${e.display}\n$ ssh -i ~/.ssh/${e.name} ${r.pick(['deploy', 'ubuntu', 'ec2-user'])}@${r.pick(['bastion.acme.io', '10.0.4.12'])}\n`, value: e.display }),
  (e) => ({ text: `PRIVATE_KEY = """${e.display}"""\n\nsigner = load_signer(PRIVATE_KEY)\n`, value: e.display }),
  (e) => ({ text: `const privateKey = \`${e.display}\`;\n\nexport const signer = createSigner({ key: privateKey });\n`, value: e.display }),
  (e) => ({ text: `SIGNING_KEY="${e.display}"\nSIGNING_ALG=RS256\n`, value: e.display }),
  (e) => {
    const escaped = JSON.stringify(e.display).slice(1, -1);
    return { text: `{\n  "keyId": "signing-2024",\n  "privateKey": "${escaped}"\n}\n`, value: escaped };
  },
  (e, r) => {
    const indented = e.display.split('\n').join('\n    ');
    return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['tls-cert', 'deploy-key'])}\ntype: Opaque\nstringData:\n  ${e.name}: |\n    ${indented}\n`, value: indented };
  },
  (e) => ({ text: `var deployKey = []byte(\`${e.display}\`)\n`, value: e.display }),
];

/** Whole files that already hold their secret; the value is untouched, so these are plain templates. */
export const documentTemplates: Template[] = [
  ([e]) => e!.display,
  ([e], r) => `${r.pick(['here is my', 'this is the', 'attaching my'])} ${e!.name}, ${r.pick(['why does it not work?', 'can you check it?', 'what am I missing?'])}\n\`\`\`\n${e!.display}\n\`\`\`\n`,
  ([e]) => `$ cat ${e!.name}\n${e!.display}\n`,
];
