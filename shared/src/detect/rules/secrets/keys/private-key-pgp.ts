import { pemRule } from './pem';

/** `-----BEGIN PGP PRIVATE KEY BLOCK-----` ... `-----END PGP PRIVATE KEY BLOCK-----`; the finding spans the whole block. */
export const privateKeyPgp = pemRule('private-key-pgp', 'PGP private key block', 'PGP PRIVATE KEY BLOCK');
