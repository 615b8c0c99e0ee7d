/**
 * `npm run new-rule -- --id acme-api-key --title "Acme API key" --group saas --kind token --prefix acme_ --length 40`
 * writes a new secret rule, its ok/ng fixtures and its registration in the group's index, then says what to
 * check. It refuses to overwrite anything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../shared/src/detect/rules';
import { fixturesSource, registeredIndex, RuleSpec, ruleSource } from './scaffold';

const SECRETS = fileURLToPath(new URL('../../shared/src/detect/rules/secrets', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(2);
}

function main(): void {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        id: { type: 'string' },
        title: { type: 'string' },
        group: { type: 'string' },
        kind: { type: 'string', default: 'token' },
        prefix: { type: 'string' },
        keywords: { type: 'string' },
        length: { type: 'string' },
        alphabet: { type: 'string', default: 'base62' },
        severity: { type: 'string', default: 'high' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const parsed = RuleSpec.safeParse({
    ...values,
    length: values.length === undefined ? undefined : Number(values.length),
    keywords: values.keywords?.split(',').map((keyword) => keyword.trim()),
  });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; '));
  const spec = parsed.data;
  const folder = join(SECRETS, spec.group);
  const index = join(folder, 'index.ts');
  if (!existsSync(index)) fail(`no rule group ${spec.group} (a folder under shared/src/detect/rules/secrets with an index.ts)`);
  if (builtinRules.some((rule) => rule.id === spec.id)) fail(`a rule with id ${spec.id} exists already`);
  const rule = join(folder, `${spec.id}.ts`);
  const fixtures = join(folder, `${spec.id}.fixtures.ts`);
  for (const file of [rule, fixtures]) if (existsSync(file)) fail(`${file} exists already`);
  let registered: string;
  try {
    registered = registeredIndex(readFileSync(index, 'utf8'), spec);
  } catch (error) {
    fail((error as Error).message);
  }
  writeFileSync(rule, ruleSource(spec), { flag: 'wx' });
  writeFileSync(fixtures, fixturesSource(spec, Math.random), { flag: 'wx' });
  writeFileSync(index, registered);
  process.stdout.write(
    `wrote ${rule}\nwrote ${fixtures}\nregistered it in ${index}\n` +
      'Next: put real-looking cases from the vendor documentation in the fixtures, then run\n' +
      '  npx vitest run shared/src/detect/rules -u   (the fixtures, and the pinned outputs with the new rule)\n',
  );
}

main();
