import { tokenRule } from '../../../define';
import { decodeBase64 } from '../base64-text';

/** A base64-encoded PEM private key, as in kubeconfig `client-key-data` or a TLS Secret `tls.key`: base64 of `-----BEGIN ... PRIVATE KEY-----` (starts with `LS0tLS1CRUdJTi`). */
export const kubernetesClientKeyData = tokenRule({
  id: 'kubernetes-client-key-data',
  title: 'Kubernetes base64-encoded private key',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['LS0tLS1CRUdJTi'],
  pattern: /LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,}={0,2}/,
  validate: (value) => /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(decodeBase64(value.slice(0, 64)) ?? ''),
});
