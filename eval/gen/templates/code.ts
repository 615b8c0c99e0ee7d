/** Source code in the languages people paste: values hard-coded as constants, arguments and headers. */
import { camel, screaming, snake } from '../names';
import type { ContextTemplates } from './types';
import { q, SERVICES, sq, VENDORS } from './types';

const pascal = (name: string): string => camel(name).replace(/^./, (c) => c.toUpperCase());

export const code: ContextTemplates = {
  context: 'code',
  assign: [
    // Python module
    (es, r) => {
      const lines = ['import os', 'import requests', '', '# TODO: move these to the vault before merging'];
      for (const e of es) lines.push(`${screaming(e.name)} = ${sq(e.display)}`);
      lines.push(
        '',
        'def fetch_report(day):',
        `    resp = requests.get(f"https://api.${r.pick(['acme', 'vendor'])}.com/reports/{day}", timeout=10)`,
        '    resp.raise_for_status()',
        '    return resp.json()',
      );
      return lines.join('\n') + '\n';
    },
    // Python client construction with keyword arguments
    (es, r) =>
      [
        `from ${r.pick(['acme_sdk', 'vendor_client'])} import Client`,
        '',
        'client = Client(',
        ...es.map((e) => `    ${snake(e.name)}=${q(e.display)},`),
        `    timeout=${r.int(5, 60)},`,
        ')',
        'print(client.ping())',
      ].join('\n') + '\n',
    // JavaScript config object
    (es, r) =>
      [
        `// ${r.pick(SERVICES)} config`,
        'export const config = {',
        `  baseUrl: 'https://api.${r.pick(VENDORS)}.io',`,
        ...es.map((e) => `  ${camel(e.name)}: ${sq(e.display)},`),
        '};',
      ].join('\n') + '\n',
    // TypeScript client
    (es, r) =>
      [
        `import { ${pascal(r.pick(VENDORS))}Client } from '@${r.pick(VENDORS)}/sdk';`,
        '',
        ...es.map((e) => `const ${camel(e.name)}: string = "${e.display}";`),
        '',
        `export const client = new ${pascal(r.pick(VENDORS))}Client({ ${es.map((e) => camel(e.name)).join(', ')} });`,
      ].join('\n') + '\n',
    // Go
    (es, r) => {
      const lines = ['package main', '', 'import (', '\t"log"', '\t"os"', ')', '', 'func main() {'];
      for (const e of es) lines.push(`\tos.Setenv(${q(screaming(e.name))}, ${q(e.display)})`);
      lines.push(`\tif err := run(); err != nil {`, `\t\tlog.Fatalf("${r.pick(SERVICES)}: %v", err)`, '\t}', '}');
      return lines.join('\n') + '\n';
    },
    (es) => ['package config', '', 'const (', ...es.map((e) => `\t${pascal(e.name)} = ${q(e.display)}`), ')'].join('\n') + '\n',
    // Java
    (es, r) =>
      [
        `package com.acme.${r.pick(['billing', 'orders', 'auth'])};`,
        '',
        'public final class Secrets {',
        ...es.map((e) => `    public static final String ${screaming(e.name)} = ${q(e.display)};`),
        '',
        '    private Secrets() {}',
        '}',
      ].join('\n') + '\n',
    // Ruby
    (es, r) =>
      ['Rails.application.configure do', ...es.map((e) => `  config.x.${r.pick(VENDORS).replace(/-/g, '_')}.${snake(e.name)} = ${sq(e.display)}`), 'end'].join('\n') + '\n',
    (es) => es.map((e) => `ENV[${sq(screaming(e.name))}] ||= ${q(e.display)}`).join('\n') + '\n\nrequire_relative "app"\n',
    // PHP: a config array with env() fallbacks, the way Laravel configs leak
    (es, r) =>
      [
        '<?php',
        '',
        'return [',
        `    '${r.pick(VENDORS)}' => [`,
        ...es.map((e) => `        '${snake(e.name)}' => env('${screaming(e.name)}', '${e.display}'),`),
        '    ],',
        '];',
      ].join('\n') + '\n',
    (es) => ['<?php', ...es.map((e) => `define('${screaming(e.name)}', '${e.display}');`), "require __DIR__ . '/bootstrap.php';"].join('\n') + '\n',
    // C#
    (es, r) =>
      [
        `namespace Acme.${pascal(r.pick(SERVICES))};`,
        '',
        'internal static class Credentials',
        '{',
        ...es.map((e) => `    public const string ${pascal(e.name)} = ${q(e.display)};`),
        '}',
      ].join('\n') + '\n',
    // Rust
    (es) => [...es.map((e) => `const ${screaming(e.name)}: &str = ${q(e.display)};`), '', 'fn main() {', '    let client = Client::new();', '}'].join('\n') + '\n',
    // Makefile
    (es, r) =>
      [...es.map((e) => `${screaming(e.name)} ?= ${e.display}`), '', '.PHONY: deploy', 'deploy:', `\t./scripts/deploy.sh --env ${r.pick(['prod', 'staging'])}`].join('\n') + '\n',
  ],
  header: [
    // Python requests
    (es, r) =>
      `import requests\n\nheaders = {\n${es.map((e) => `    ${q(e.name)}: ${q(e.display)},`).join('\n')}\n    "Content-Type": "application/json",\n}\nresp = requests.post("https://api.${r.pick(VENDORS)}.com/v1/jobs", headers=headers, json={"name": "nightly"})\nprint(resp.status_code)\n`,
    // fetch
    (es, r) =>
      `const res = await fetch('https://api.${r.pick(VENDORS)}.io/v1/${r.pick(['search', 'upload'])}', {\n  method: 'POST',\n  headers: {\n${es.map((e) => `    ${q(e.name)}: ${q(e.display)},`).join('\n')}\n  },\n  body: JSON.stringify(payload),\n});\n`,
    // Go
    (es, r) =>
      `req, _ := http.NewRequest("GET", "https://api.${r.pick(VENDORS)}.com/v1/items", nil)\n${es.map((e) => `req.Header.Set(${q(e.name)}, ${q(e.display)})`).join('\n')}\nresp, err := http.DefaultClient.Do(req)\n`,
    // Java
    (es, r) =>
      `HttpRequest request = HttpRequest.newBuilder()\n    .uri(URI.create("https://api.${r.pick(VENDORS)}.com/v1/items"))\n${es.map((e) => `    .header(${q(e.name)}, ${q(e.display)})`).join('\n')}\n    .build();\n`,
    // Ruby
    (es, r) =>
      `uri = URI("https://api.${r.pick(VENDORS)}.com/v1/items")\nreq = Net::HTTP::Get.new(uri)\n${es.map((e) => `req[${q(e.name)}] = ${q(e.display)}`).join('\n')}\nres = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }\n`,
    // PHP
    (es, r) =>
      `<?php\n$ch = curl_init('https://api.${r.pick(VENDORS)}.com/v1/items');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\n${es.map((e) => `    '${e.name}: ${e.display}',`).join('\n')}\n]);\n$response = curl_exec($ch);\n`,
    // C#
    (es, r) =>
      `using var http = new HttpClient { BaseAddress = new Uri("https://api.${r.pick(VENDORS)}.com/") };\n${es.map((e) => `http.DefaultRequestHeaders.TryAddWithoutValidation(${q(e.name)}, ${q(e.display)});`).join('\n')}\nvar res = await http.GetAsync("v1/items");\n`,
  ],
  block: [
    ([e]) => `PRIVATE_KEY = """${e!.display}"""\n\nsigner = load_signer(PRIVATE_KEY)\n`,
    ([e]) => `const privateKey = \`${e!.display}\`;\n\nexport const signer = createSigner({ key: privateKey });\n`,
    ([e]) => `var deployKey = []byte(\`${e!.display}\`)\n`,
    ([e]) => `private static final String PRIVATE_KEY = """\n${e!.display}\n""";\n`,
    ([e]) => `PRIVATE_KEY = <<~PEM\n${e!.display}\nPEM\n\nsigner = Signer.new(PRIVATE_KEY)\n`,
    ([e]) => `<?php\n$privateKey = <<<'PEM'\n${e!.display}\nPEM;\nopenssl_sign($payload, $signature, $privateKey);\n`,
  ],
};
