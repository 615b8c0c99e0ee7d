import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sm_pat_SyT4CqD03JI7XMy9',
    { text: 'SETTLEMINT_ACCESS_TOKEN=sm_aat_fxhjinuojn2bo762', secret: 'sm_aat_fxhjinuojn2bo762' },
    { text: 'settlemintToken := "sm_sat_N9TL8ZLOLOR9PU4R"', secret: 'sm_sat_N9TL8ZLOLOR9PU4R' },
    { text: 'export SETTLEMINT_ACCESS_TOKEN="sm_pat_SyT4CqD03JI7XMy9"', secret: 'sm_pat_SyT4CqD03JI7XMy9' },
  ],
  negative: [
    'SETTLEMINT_ACCESS_TOKEN=sm_pat_xxxxxxxxxxxxxxxx',
    'SETTLEMINT_ACCESS_TOKEN=${SETTLEMINT_ACCESS_TOKEN}',
    'nonMatchingToken := "sm_pat_HFZcZS1jdx"',
    'sm_pat_AccessTokenValue',
  ],
};
export default fixtures;
