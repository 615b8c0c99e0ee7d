import { parseArgs } from 'node:util';
import { listBuiltinRules } from '@promptgate/shared';
import { writeLine, type CliIo } from '../io';

export const rulesUsage = `promptgate rules [--json]
  Lists every built-in detector: id, category, severity and name.`;

export async function rulesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const rules = listBuiltinRules().map(({ id, category, severity, title }) => ({ id, category, severity, title }));
  if (values.json) writeLine(io.stdout, JSON.stringify({ rules }));
  else for (const rule of rules) writeLine(io.stdout, `${rule.id.padEnd(40)} ${rule.category.padEnd(7)} ${rule.severity.padEnd(9)} ${rule.title}`);
  const secrets = rules.filter((rule) => rule.category === 'secret').length;
  writeLine(io.stderr, `${rules.length} detectors (${secrets} secret types, ${rules.length - secrets} personal data)`);
  return 0;
}
