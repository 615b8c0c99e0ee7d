import { pemRule } from './pem';

/** `-----BEGIN ENCRYPTED PRIVATE KEY-----` ... `-----END ENCRYPTED PRIVATE KEY-----`; the finding spans the whole block. */
export const privateKeyEncrypted = pemRule('private-key-encrypted', 'Encrypted PKCS#8 private key (PEM)', 'ENCRYPTED PRIVATE KEY');
