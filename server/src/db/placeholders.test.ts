import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from './placeholders';

describe('numberPlaceholders', () => {
  it('numbers each placeholder in order', () => {
    expect(numberPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toBe('SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)');
  });

  it('leaves a question mark in a string, a quoted name or a comment alone', () => {
    expect(numberPlaceholders(`SELECT '?', 'it''s ?', "we?ird" FROM t -- why?\nWHERE a = ? /* or ? */ AND b = ?`)).toBe(
      `SELECT '?', 'it''s ?', "we?ird" FROM t -- why?\nWHERE a = $1 /* or ? */ AND b = $2`,
    );
  });

  it('stays linear on an unterminated quote', () => {
    const sql = `SELECT '${"''".repeat(50_000)}`;
    expect(numberPlaceholders(sql)).toBe(sql);
  });
});
