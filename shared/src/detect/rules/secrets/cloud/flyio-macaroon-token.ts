import { tokenRule } from '../../../define';

/** Fly.io macaroon token (`FlyV1 fm2_...`, also `fm1a_`/`fm1r_`): the prefix + a long base64 macaroon. */
export const flyioMacaroonToken = tokenRule({
  id: 'flyio-macaroon-token',
  title: 'Fly.io macaroon token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['fm2_', 'fm1a_', 'fm1r_'],
  pattern: /fm(?:2|1a|1r)_[A-Za-z0-9+/_-]{100,}={0,2}/,
});
