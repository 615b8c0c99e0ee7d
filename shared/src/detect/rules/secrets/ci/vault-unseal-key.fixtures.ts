import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'kubectl -n secrets exec -it vault-2 -- vault operator unseal weHROhbF8hCtZUDJRzVT668Nyu0t+aT0ewkMVHrmcBNf', secret: 'weHROhbF8hCtZUDJRzVT668Nyu0t+aT0ewkMVHrmcBNf' },
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
