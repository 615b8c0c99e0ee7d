import { describe, expect, it } from 'vitest';
import { hashPath, parseHash, sessionHref } from './router';

describe('parseHash', () => {
  it('maps the hash to a view, with parameters and the query', () => {
    expect(parseHash('').name).toBe('overview');
    expect(parseHash('#/').name).toBe('overview');
    expect(parseHash('#/approvals').name).toBe('approvals');
    expect(parseHash('#/settings').name).toBe('settings');
    const sessions = parseHash('#/sessions?verdict=hold&search=q3%20plan');
    expect(sessions.name).toBe('sessions');
    expect(sessions.query.get('verdict')).toBe('hold');
    expect(sessions.query.get('search')).toBe('q3 plan');
  });

  it('decodes a session id and round-trips it through sessionHref', () => {
    const id = 'a/b c?d';
    expect(parseHash(sessionHref(id))).toMatchObject({ name: 'session', params: { id } });
  });

  it('sends unknown paths to not-found', () => {
    expect(parseHash('#/nope').name).toBe('not-found');
    expect(parseHash('#/approvals/x').name).toBe('not-found');
    expect(parseHash('#/sessions/a/b').name).toBe('not-found');
  });

  it('compares routes without their query', () => {
    expect(hashPath('#/sessions?page=2')).toBe('/sessions');
    expect(hashPath('')).toBe('/');
  });
});
