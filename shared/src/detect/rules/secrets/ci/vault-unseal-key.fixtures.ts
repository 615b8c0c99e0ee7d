import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'oc -n vault exec -ti vault-0 -- vault operator unseal 98m+o2ylRhVbOi+3o5ub6PbP343ocFUVORgSYeypMDjh', secret: '98m+o2ylRhVbOi+3o5ub6PbP343ocFUVORgSYeypMDjh' },
    { text: 'Unseal Key 1: PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA/2O76', secret: 'PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA/2O76' },
    { text: 'Recovery Key 2: UMFxFkM/R5Kjp1vRt+1fjORS/6ilI8ihN5KXSc7Tvo/h', secret: 'UMFxFkM/R5Kjp1vRt+1fjORS/6ilI8ihN5KXSc7Tvo/h' },
  ],
  negative: [
    'vault operator unseal -migrate',
    'Unseal Key 1: <paste the first key share here>',
    'vault operator unseal AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  ],
};
export default fixtures;
