import { describe, expect, it } from 'vitest';
import { FlatRouter } from './flat-router';

const router = new FlatRouter<string, string>()
  .add('GET /ui/*', 'public', 'static')
  .add('GET /api/approvals/:id', 'ext', 'one')
  .add('GET /api/approvals/stats', 'ext', 'stats')
  .add('DELETE /api/approvals/:id', 'ext', 'cancel')
  .add('GET /ui/api/overview', 'ui', 'overview');

describe('FlatRouter', () => {
  it('prefers literal segments over params, and exact routes over wildcards', () => {
    expect(router.find('GET', '/api/approvals/stats')).toMatchObject({ handler: 'stats' });
    expect(router.find('GET', '/api/approvals/a%20b')).toEqual({ handler: 'one', params: { id: 'a b' }, meta: 'ext' });
    expect(router.find('GET', '/ui/api/overview')).toMatchObject({ handler: 'overview' });
    expect(router.find('GET', '/ui/app.js')).toEqual({ handler: 'static', params: { '*': 'app.js' }, meta: 'public' });
  });

  it('tells a missing path from a missing method, and serves HEAD as GET', () => {
    expect(router.find('GET', '/nothing')).toBe('not-found');
    expect(router.find('POST', '/api/approvals/1')).toBe('method-not-allowed');
    expect(router.find('DELETE', '/api/approvals/1')).toMatchObject({ handler: 'cancel' });
    expect(router.find('HEAD', '/api/approvals/1')).toMatchObject({ handler: 'one' });
  });
});
