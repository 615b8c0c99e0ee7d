import type { Rule } from '../../../rule';
import { bitcoinWifPrivateKey } from './bitcoin-wif-private-key';
import { jwt } from './jwt';
import { jwtBase64 } from './jwt-base64';
import { privateKeyDsa } from './private-key-dsa';
import { privateKeyEc } from './private-key-ec';
import { privateKeyEncrypted } from './private-key-encrypted';
import { privateKeyOpenssh } from './private-key-openssh';
import { privateKeyPgp } from './private-key-pgp';
import { privateKeyPkcs8 } from './private-key-pkcs8';
import { privateKeyPutty } from './private-key-putty';
import { privateKeyRsa } from './private-key-rsa';
import { privateKeySsh2 } from './private-key-ssh2';

export const rules: readonly Rule[] = [
  privateKeyRsa,
  privateKeyEc,
  privateKeyDsa,
  privateKeyPkcs8,
  privateKeyEncrypted,
  privateKeyOpenssh,
  privateKeyPgp,
  privateKeySsh2,
  privateKeyPutty,
  jwt,
  jwtBase64,
  bitcoinWifPrivateKey,
];
