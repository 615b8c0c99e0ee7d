import { pemRule } from './pem';

/** `-----BEGIN RSA PRIVATE KEY-----` ... `-----END RSA PRIVATE KEY-----`; the finding spans the whole block. */
export const privateKeyRsa = pemRule('private-key-rsa', 'RSA private key (PEM)', 'RSA PRIVATE KEY');
