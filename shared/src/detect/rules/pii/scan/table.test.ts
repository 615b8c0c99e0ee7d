import { describe, expect, it } from 'vitest';
import { columnHeader, tableEndBelow } from './table';

function headerOf(text: string, value: string): string | undefined {
  return columnHeader(text, text.indexOf(value));
}

describe('columnHeader', () => {
  it('names the column of a value in CSV, TSV, semicolon and pipe tables', () => {
    expect(headerOf('last,first,ssn\nDoe,John,742-19-6630\n', '742-19-6630')).toBe('ssn');
    expect(headerOf('name\tphone\r\nLena\t030 1234567\r\n', '030 1234567')).toBe('phone');
    expect(headerOf('nom;iban;montant\nDupont;FR76 3000;120,00\n', 'FR76')).toBe('iban');
    expect(headerOf('| name | dob |\n|---|---|\n| Ann | 1980-04-12 |\n', '1980-04-12')).toBe(' dob ');
  });
  it('finds the header several rows up and ignores delimiters inside quotes', () => {
    const text = 'id,"name, full",tel\n1,"Doe, J",111\n2,"Roe, R",222\n3,"Poe, E",0151 28532496\n';
    expect(headerOf(text, '0151')).toBe('tel');
    expect(headerOf(text, 'Poe')).toBe('"name, full"');
  });
  it('gives nothing for the header itself, prose, or a line of another shape', () => {
    expect(headerOf('a,b,ssn\n', 'ssn')).toBeUndefined();
    expect(headerOf('call me at 415 555 0132 please\n', '415')).toBeUndefined();
    expect(headerOf('a,b,ssn\nx;y;z;w 742-19-6630\n', '742')).toBeUndefined();
    expect(headerOf('a,b\n\nc,742-19-6630\n', '742')).toBeUndefined();
  });
  it("reads a query's result past the rule under its header, as psql and MySQL's client print it", () => {
    const psql = ' id |  name   | ssn\n----+---------+-----------\n  1 | Ann Lee | 742-19-6630\n  2 | Bo Chan | 078-05-1121\n(2 rows)\n';
    expect(headerOf(psql, '078-05')).toBe(' ssn');
    expect(tableEndBelow(psql, 0)).toBe(psql.indexOf('\n(2 rows)'));
    const mysql = '+----+-------------+\n| id | tfn         |\n+----+-------------+\n|  1 | 123 456 782 |\n+----+-------------+\n';
    expect(headerOf(mysql, '123 456')).toBe(' tfn         ');
    // A rule with rows of another shape below it heads nothing.
    expect(headerOf('a | ssn\n---+---\nx;y;z 742-19-6630\n', '742')).toBeUndefined();
  });
  it('does not treat an overlong line as a row', () => {
    const text = `a,b\n${'x,'.repeat(3000)}742-19-6630\n`;
    expect(headerOf(text, '742')).toBeUndefined();
  });
});
