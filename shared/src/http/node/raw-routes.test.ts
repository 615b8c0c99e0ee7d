import { describe, expect, it } from 'vitest';
import { rawRoutes } from './raw-routes';

const match = rawRoutes([
  ['POST /openai/v1/*', 'sdk', 'openai-post'],
  ['GET /openai/v1/*', 'sdk', 'openai-get'],
  ['POST /mcp/:name', 'sdk', 'mcp'],
]);

describe('the raw routes of the streaming paths', () => {
  it('matches a wildcard with the rest of the path decoded, and a :param', () => {
    expect(match('POST', '/openai/v1/chat/completions')).toEqual({ handler: 'openai-post', meta: 'sdk', params: { '*': 'chat/completions' } });
    expect(match('GET', '/openai/v1/files/file%2Dabc')).toMatchObject({ handler: 'openai-get', params: { '*': 'files/file-abc' } });
    expect(match('POST', '/mcp/tickets')).toMatchObject({ handler: 'mcp', params: { name: 'tickets' } });
  });

  it('leaves every other path to express, and says when only the method is wrong', () => {
    expect(match('GET', '/api/health')).toBeUndefined();
    expect(match('GET', '/')).toBeUndefined();
    expect(match('POST', '/mcp/tickets/extra')).toBeUndefined();
    expect(match('DELETE', '/openai/v1/chat/completions')).toBe('method-not-allowed');
  });

  it('keeps a % that starts no escape as written, and refuses a malformed table at start-up', () => {
    expect(match('POST', '/openai/v1/odd%zz')).toMatchObject({ params: { '*': 'odd%zz' } });
    expect(() => rawRoutes([['POST openai', 'sdk', 'x']])).toThrow(/not a route/);
  });
});
