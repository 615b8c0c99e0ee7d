import { pemRule } from './pem';

/** `-----BEGIN PRIVATE KEY-----` ... `-----END PRIVATE KEY-----`; the finding spans the whole block. */
export const privateKeyPkcs8 = pemRule('private-key-pkcs8', 'PKCS#8 private key (PEM)', 'PRIVATE KEY');
