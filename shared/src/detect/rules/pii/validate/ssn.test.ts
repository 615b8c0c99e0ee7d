import { describe, expect, it } from 'vitest';
import { isUsSsn } from './ssn';

describe('isUsSsn', () => {
  it('accepts structurally valid numbers', () => {
    expect(isUsSsn('536224187')).toBe(true);
    expect(isUsSsn('899012345')).toBe(true);
  });
  it('rejects never-issued areas, groups and serials', () => {
    expect(isUsSsn('000224187')).toBe(false);
    expect(isUsSsn('666224187')).toBe(false);
    expect(isUsSsn('900224187')).toBe(false);
    expect(isUsSsn('999224187')).toBe(false);
    expect(isUsSsn('536004187')).toBe(false);
    expect(isUsSsn('536220000')).toBe(false);
  });
  it('rejects advertising and sample numbers', () => {
    expect(isUsSsn('078051120')).toBe(false);
    expect(isUsSsn('219099999')).toBe(false);
    expect(isUsSsn('123456789')).toBe(false);
    expect(isUsSsn('111223333')).toBe(false);
  });
  it('needs exactly nine digits', () => {
    expect(isUsSsn('53622418')).toBe(false);
    expect(isUsSsn('536-22-4187')).toBe(false);
  });
});
