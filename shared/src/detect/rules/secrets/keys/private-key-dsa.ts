import { pemRule } from './pem';

/** `-----BEGIN DSA PRIVATE KEY-----` ... `-----END DSA PRIVATE KEY-----`; the finding spans the whole block. */
export const privateKeyDsa = pemRule('private-key-dsa', 'DSA private key (PEM)', 'DSA PRIVATE KEY');
