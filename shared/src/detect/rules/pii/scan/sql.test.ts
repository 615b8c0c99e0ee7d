import { describe, expect, it } from 'vitest';
import { sqlColumn } from './sql';

function columnOf(text: string, value: string): string | undefined {
  return sqlColumn(text, text.indexOf(value));
}

describe('sqlColumn', () => {
  it('names the column a value is inserted into', () => {
    const text = "INSERT INTO people (name, `passport_no`, dob) VALUES ('Doe, Ann', 'X1234567', '1980-04-12');";
    expect(columnOf(text, 'X1234567')).toBe('passport_no');
    expect(columnOf(text, '1980-04-12')).toBe('dob');
    expect(columnOf(text, 'Doe')).toBe('name');
  });
  it('reads column names quoted or bracketed in any dialect', () => {
    const text = 'INSERT INTO t ([id], "ssn", `dob`,  nhs ) VALUES (1, 2, 3, 4)';
    expect(columnOf(text, '1,')).toBe('id');
    expect(columnOf(text, '2,')).toBe('ssn');
    expect(columnOf(text, '3,')).toBe('dob');
    expect(columnOf(text, '4)')).toBe('nhs');
  });
  it('follows multi-row inserts over several lines', () => {
    const text = "insert into t (id, ssn)\nvalues\n  (1, '536-22-4187'),\n  (2, '671-08-2953');";
    expect(columnOf(text, '671-08-2953')).toBe('ssn');
  });
  it('gives the same answers whatever order values are asked about in', () => {
    const text = "insert into t (id, ssn)\nvalues\n  (1, '536-22-4187'),\n  (2, '671-08-2953');";
    expect(columnOf(text, '671-08-2953')).toBe('ssn');
    expect(columnOf(text, '536-22-4187')).toBe('ssn');
    expect(columnOf(text, '(2')).toBeUndefined();
    expect(columnOf(text, '2,')).toBe('id');
  });
  it('gives nothing outside a tuple, without a column list, or for a word containing values', () => {
    expect(columnOf("INSERT INTO t VALUES ('X1234567')", 'X1234567')).toBeUndefined();
    expect(columnOf("INSERT INTO t (a) VALUES ('x'); SELECT 'X1234567'", 'X1234567')).toBeUndefined();
    expect(columnOf('the (old) myvalues (X1234567)', 'X1234567')).toBeUndefined();
  });
  it('looks back a bounded distance only', () => {
    const text = `INSERT INTO t (a, ssn) VALUES ('${'x'.repeat(2000)}', '536-22-4187')`;
    expect(columnOf(text, '536-22-4187')).toBeUndefined();
  });
});
