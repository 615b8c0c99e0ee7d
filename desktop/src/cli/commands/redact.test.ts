import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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
      [
        'version: 3',
        'name: acme',
        'detectors:',
        '  - { type: email, action: allow }',
        'custom:',
        "  - { id: customer-id, kind: regex, pattern: 'CUST-\\d{5}', action: redact }",
        '',
      ].join('\n'),
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

  it('keeps every byte it does not replace: BOM, CRLF, non-ASCII text and a missing final newline', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const before = (value: string) => Buffer.concat([bom, Buffer.from(`GITHUB_TOKEN=${value}\r\nnom: café ☕\r\n\r\nlast line, no newline`)]);
    const file = await policyFile('crlf.env', '');
    await writeFile(file, before(token));
    const fromFile = await runCli(['redact', file]);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stdoutBytes.equals(before('[GITHUB_PAT_1]'))).toBe(true);
    const fromStdin = await runCli(['redact'], before(token));
    expect(fromStdin.stdoutBytes.equals(before('[GITHUB_PAT_1]'))).toBe(true);
  });

  it('passes a clean file with a BOM and CRLF through byte for byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ünïcode\r\nsecond\r\n')]);
    const result = await runCli(['redact'], bytes);
    expect(result.code).toBe(0);
    expect(result.stdoutBytes.equals(bytes)).toBe(true);
  });

  it('refuses a binary file with one line on stderr, exit 2, and writes nothing', async () => {
    const file = await policyFile('random.bin', '');
    // A NUL byte first, so the file is binary whatever the random bytes after it are.
    await writeFile(file, Buffer.concat([Buffer.from([0x00]), randomBytes(20_000)]));
    const result = await runCli(['redact', file]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`promptgate redact: ${file}: binary data (a NUL byte on line 1); only UTF-8 text can be read\n`);
    expect((await readFile(file)).length).toBe(20_001);
  });

  it('refuses text that is not UTF-8 instead of turning its bytes into U+FFFD', async () => {
    const latin1 = Buffer.from(`GITHUB_TOKEN=${token}\nnom: caf\xe9\n`, 'latin1');
    const result = await runCli(['redact'], latin1);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('promptgate redact: <stdin>: not UTF-8 text (byte 0xe9 on line 2); convert it to UTF-8 first\n');
  });
});
