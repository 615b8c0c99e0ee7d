import { armoredKeyRule } from './pem';

/** SSH.com / RFC 4716 style private key (`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`); spans the whole block. */
export const privateKeySsh2 = armoredKeyRule(
  'private-key-ssh2',
  'SSH2 (ssh.com) private key',
  '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
  '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
);
