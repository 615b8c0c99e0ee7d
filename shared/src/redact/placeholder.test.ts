import { describe, expect, it } from 'vitest';
import { placeholderType } from './placeholder';

describe('placeholderType', () => {
  it('uppercases and turns every run of non-alphanumerics into one underscore', () => {
    expect(placeholderType('github-pat')).toBe('GITHUB_PAT');
    expect(placeholderType('custom:customer-id')).toBe('CUSTOM_CUSTOMER_ID');
    expect(placeholderType('email')).toBe('EMAIL');
    expect(placeholderType('a--b..c')).toBe('A_B_C');
  });
  it('never yields an empty or edge-underscored type', () => {
    expect(placeholderType(':-:')).toBe('VALUE');
    expect(placeholderType('-x-')).toBe('X');
  });
  it('stays ASCII for non-ASCII ids', () => {
    expect(placeholderType('clé-privée')).toMatch(/^[A-Z0-9_]+$/);
  });
});
