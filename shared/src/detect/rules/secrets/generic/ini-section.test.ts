import { describe, expect, it } from 'vitest';
import { inIniSection } from './ini-section';

/** Offset of the line that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const at = text.indexOf('\n' + prefix);
  return at < 0 ? (text.startsWith(prefix) ? 0 : -1) : at + 1;
}

describe('inIniSection', () => {
  const file = '; my.cnf\n[client]\nhost = db\n\n# port\nport: 3306\npassword = x\nprint(x)\npassword = y\n[mysqld]\nuser=mysql\n';

  it('holds under a section, past blank lines, comments and settings', () => {
    expect(inIniSection(file, lineOf(file, 'password = x'))).toBe(true);
    expect(inIniSection(file, lineOf(file, 'user=mysql'))).toBe(true);
  });

  it('ends at a line that is no setting, until the next section', () => {
    expect(inIniSection(file, lineOf(file, 'password = y'))).toBe(false);
    expect(inIniSection(file, lineOf(file, '[mysqld]'))).toBe(false);
  });

  it('answers a question about an earlier line as one in order', () => {
    expect(inIniSection(file, lineOf(file, 'user=mysql'))).toBe(true);
    expect(inIniSection(file, lineOf(file, 'host = db'))).toBe(true);
    expect(inIniSection(file, lineOf(file, 'password = y'))).toBe(false);
  });

  it('takes no list in code for a section', () => {
    for (const header of ['[a, b]', '[x for x in xs]', '[f(x)]', '[]']) {
      const text = `${header}\npassword = x\n`;
      expect(inIniSection(text, lineOf(text, 'password'))).toBe(false);
    }
  });

  it("takes git's and ODBC's section names", () => {
    for (const header of ['[remote "origin"]', '[ODBC Data Sources]', '[program:web]']) {
      const text = `${header}\npassword = x\n`;
      expect(inIniSection(text, lineOf(text, 'password'))).toBe(true);
    }
  });

  it('takes a setting whose name holds blanks', () => {
    const text = '[db]\nServer Name = db.internal\npassword = x\n';
    expect(inIniSection(text, lineOf(text, 'password'))).toBe(true);
  });

  it('is false before any section', () => {
    const text = 'host = db\npassword = x\n';
    expect(inIniSection(text, lineOf(text, 'password'))).toBe(false);
  });
});
