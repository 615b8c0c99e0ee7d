import { tokenRule } from '../../../define';

/** PyPI API token: `pypi-` + a base64url macaroon whose first bytes encode `pypi.org` (`AgEIcHlwaS5vcmc`). */
export const pypiUploadToken = tokenRule({
  id: 'pypi-upload-token',
  title: 'PyPI upload token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pypi-AgEIcHlwaS5vcmc'],
  pattern: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/,
});
