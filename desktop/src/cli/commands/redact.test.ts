import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper';

const token = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

async function policyFile(name: string, body: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pg-redact-'));
  const file = join(dir, name);
  await writeFile(file, body);
  return file;
}

describe('promptgate redact', () => {
  it('writes the text with placeholders and lists replacements on stderr', async () => {
    const result = await runCli(['redact'], `GITHUB_TOKEN=${token}\nagain ${token}\n`);
    expect(result).toMatchObject({ code: 1, stdout: 'GITHUB_TOKEN=[GITHUB_PAT_1]\nagain [GITHUB_PAT_1]\n' });
    expect(result.stderr).toContain('[GITHUB_PAT_1]  github-pat  secret  policy: redact');
    expect(result.stderr).not.toContain(token);
  });

  it('passes clean text through unchanged with exit 0', async () => {
    expect(await runCli(['redact'], 'nothing to see\n')).toMatchObject({ code: 0, stdout: 'nothing to see\n', stderr: '' });
  });

  it('applies a policy file: custom detectors, and findings the policy allows stay', async () => {
    const file = await policyFile(
      'policy.yaml',
      ['version: 3', 'name: acme', 'detectors:', '  - { type: email, action: allow }', 'custom:', "  - { id: customer-id, kind: regex, pattern: 'CUST-\\d{5}', action: redact }", ''].join('\n'),
    );
    const result = await runCli(['redact', '--policy', file], 'ana@fabrikam.example.org asked about CUST-12345\n');
    expect(result.stdout).toBe('ana@fabrikam.example.org asked about [CUSTOM_CUSTOMER_ID_1]\n');
    expect(result.code).toBe(1);
  });

  it('refuses an invalid policy with the path of each problem, exit 2', async () => {
    const file = await policyFile('bad.json', JSON.stringify({ version: 1, name: 'x', detectors: [{ category: 'secret', action: 'shred' }] }));
    const result = await runCli(['redact', '--policy', file], 'text');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('detectors[0].action');
    expect(result.stdout).toBe('');
  });
});
