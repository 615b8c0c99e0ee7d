import { pemRule } from './pem';

/** `-----BEGIN EC PRIVATE KEY-----` ... `-----END EC PRIVATE KEY-----`; the finding spans the whole block. */
export const privateKeyEc = pemRule('private-key-ec', 'EC private key (PEM)', 'EC PRIVATE KEY');
