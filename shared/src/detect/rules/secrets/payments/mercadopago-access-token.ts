import { tokenRule } from '../../../define';

/** Mercado Pago access token: `APP_USR-` (or `TEST-`) + app id + `-` + date + `-` + 32 hex + `-` + user id. */
export const mercadopagoAccessToken = tokenRule({
  id: 'mercadopago-access-token',
  title: 'Mercado Pago access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['APP_USR-', 'TEST-'],
  pattern: /(?:APP_USR|TEST)-\d{12,20}-\d{6}-[a-f0-9]{32}-\d{6,12}(?![A-Za-z0-9_-])/,
});
