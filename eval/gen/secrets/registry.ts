/** Package registries and artifact stores. */
import { b64 } from '../codec';
import { doc, tok, type SecretFormat } from '../format';
import { B62, B64URL, LOWER_NUM } from '../rng';
import { checksummedToken } from './codehost';

export const registry: SecretFormat[] = [
  tok('npm-access-token', 'NPM_TOKEN', (r) => checksummedToken(r, 'npm_')),
  // Legacy npm tokens were bare UUIDs; they show up in .npmrc as _authToken.
  doc('npmrc-auth-token', '.npmrc', (r) => {
    const token = r.uuid();
    return {
      display: `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//registry.npmjs.org/:_authToken=${token}\nsave-exact=true\n`,
      value: token,
    };
  }),
  // PyPI tokens are macaroons: "pypi-" + base64 of a header that names the issuing index.
  tok('pypi-api-token', 'PYPI_TOKEN', (r) => 'pypi-AgEIcHlwaS5vcmc' + r.s(B64URL, r.int(140, 180))),
  tok('testpypi-api-token', 'TEST_PYPI_TOKEN', (r) => 'pypi-AgENdGVzdC5weXBpLm9yZw' + r.s(B64URL, r.int(140, 180))),
  tok('nuget-api-key', 'NUGET_API_KEY', (r) => 'oy2' + r.s(LOWER_NUM, 43)),
  tok('rubygems-api-key', 'GEM_HOST_API_KEY', (r) => 'rubygems_' + r.hex(48)),
  tok('dockerhub-pat', 'DOCKERHUB_TOKEN', (r) => 'dckr_pat_' + r.s(B64URL, 27)),
  tok('dockerhub-org-access-token', 'DOCKER_OAT', (r) => 'dckr_oat_' + r.s(B64URL, 32)),
  tok('crates-io-token', 'CARGO_REGISTRY_TOKEN', (r) => 'cio' + r.s(B62, 32)),
  tok('clojars-deploy-token', 'CLOJARS_PASSWORD', (r) => 'CLOJARS_' + r.hex(60)),
  tok('jfrog-api-key', 'ARTIFACTORY_API_KEY', (r) => 'AKCp' + r.s(B62, 69)),
  // JFrog reference tokens are base64 of "reftkn:01:<expiry>:<random>".
  tok('jfrog-reference-token', 'JFROG_ACCESS_TOKEN', (r) => b64(`reftkn:01:${r.num(10)}:${r.s(B62, 32)}`).replace(/=+$/, '')),
  tok('pulumi-access-token', 'PULUMI_ACCESS_TOKEN', (r) => 'pul-' + r.hex(40)),
  tok('terraform-cloud-token', 'TFE_TOKEN', (r) => r.s(B62, 14) + '.atlasv1.' + r.s(B64URL, 67)),
  tok('postman-api-key', 'POSTMAN_API_KEY', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`),
];
