import type { Rule } from '../../../rule';
import { authPairPassword } from './auth-pair-password';
import { authHeaderBasic } from './auth-header-basic';
import { authHeaderBearer } from './auth-header-bearer';
import { basicAuthUrl } from './basic-auth-url';
import { cliPasswordArgument } from './cli-password-argument';
import { cliUserPassword } from './cli-user-password';
import { credentialInProse } from './credential-in-prose';
import { cryptoKeyLiteral } from './crypto-key-literal';
import { connectionStringAdo } from './connection-string-ado';
import { connectionStringJdbc } from './connection-string-jdbc';
import { connectionStringPassword } from './connection-string-password';
import { genericPasswordAssignment } from './generic-password-assignment';
import { genericSecretAssignment } from './generic-secret-assignment';
import { httpSessionCookie } from './http-session-cookie';
import { localizedPassword } from './localized-password';
import { localizedSecret } from './localized-secret';
import { loginAtHost } from './login-at-host';
import { loginSlashPassword } from './login-slash-password';
import { passwordHash } from './password-hash';
import { pgpassLine } from './pgpass-line';
import { secretTableColumn } from './secret-table-column';
import { skSecretKey } from './sk-secret-key';

/** Fallbacks: they run after every provider-specific family, and their findings carry lower confidence. */
export const rules: readonly Rule[] = [
  connectionStringPassword,
  connectionStringJdbc,
  connectionStringAdo,
  pgpassLine,
  basicAuthUrl,
  loginAtHost,
  loginSlashPassword,
  authHeaderBasic,
  authHeaderBearer,
  cliUserPassword,
  authPairPassword,
  cliPasswordArgument,
  cryptoKeyLiteral,
  httpSessionCookie,
  genericPasswordAssignment,
  localizedPassword,
  localizedSecret,
  genericSecretAssignment,
  credentialInProse,
  secretTableColumn,
  passwordHash,
  skSecretKey,
];
