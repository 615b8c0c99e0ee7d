import { describe, expect, it } from 'vitest';
import { VariableDefaults } from './terraform-variable';

/** The value after the `default` of the variable labelled `label` in `text`, as the reader finds it. */
function defaultOf(text: string, label: string): string | undefined {
  const start = text.indexOf(`"${label}"`) + 1;
  const at = new VariableDefaults(text).valueAt(start, start + label.length);
  return at < 0 ? undefined : text.slice(at).trim().split('\n')[0];
}

describe('VariableDefaults', () => {
  it("finds a variable block's default below its other keys and nested blocks", () => {
    const text = 'variable "db_password" {\n  type = string\n  validation {\n    condition = true\n  }\n  default = "x1"\n}\n';
    expect(defaultOf(text, 'db_password')).toBe('"x1"');
  });

  it('reads no default past the block, none of a comparison or a description, and none for other labels', () => {
    expect(defaultOf('variable "a" {\n  type = string\n}\nvariable "b" {\n  default = "x1"\n}', 'a')).toBeUndefined();
    expect(defaultOf('variable "a" {\n  default == "x1"\n}', 'a')).toBeUndefined();
    expect(defaultOf('variable "a" {\n  description = "default = x1"\n}', 'a')).toBeUndefined();
    expect(defaultOf('output "a" {\n  default = "x1"\n}', 'a')).toBeUndefined();
    expect(defaultOf('# a variable "a" {\n  default = "x1"\n}', 'a')).toBeUndefined();
  });
});
