import { pemRule } from './pem';

/** `-----BEGIN OPENSSH PRIVATE KEY-----` ... `-----END OPENSSH PRIVATE KEY-----`; the finding spans the whole block. */
export const privateKeyOpenssh = pemRule('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY');
