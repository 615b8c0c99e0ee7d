import { tokenRule } from '../../../define';

/** TestPyPI API token: `pypi-` + a base64url macaroon whose first bytes encode `test.pypi.org` (`AgENdGVzdC5weXBpLm9yZw`). */
export const testpypiUploadToken = tokenRule({
  id: 'testpypi-upload-token',
  title: 'TestPyPI upload token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pypi-AgENdGVzdC5weXBpLm9yZw'],
  pattern: /pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,}/,
});
