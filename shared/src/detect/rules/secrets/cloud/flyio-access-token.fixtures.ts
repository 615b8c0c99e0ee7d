import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'fo1_odHu5ghniYd2J7OV5Q3alpmvfdno2gDFJb3iU-ZSoJM',
    { text: 'FLY_API_TOKEN=fo1_zvq9PAPcc2V_RsvQY8seHvo8DNs0Nug6SruiKHOHwnV', secret: 'fo1_zvq9PAPcc2V_RsvQY8seHvo8DNs0Nug6SruiKHOHwnV' },
    { text: '{"fly_token": "fo1_yuUF1quM12YgQrzjdrrd7Kd2bUHGBGY-6G9Wzw6QFzr", "region": "eu-west-1"}', secret: 'fo1_yuUF1quM12YgQrzjdrrd7Kd2bUHGBGY-6G9Wzw6QFzr' },
    { text: '  fly_token: fo1_a224R2JzuH3NAfWD4I0ncHtMaxf-jZ_pkvSESXtHDGG', secret: 'fo1_a224R2JzuH3NAfWD4I0ncHtMaxf-jZ_pkvSESXtHDGG' },
    { text: 'export FLY_API_TOKEN="fo1_Ma6eVpzR_e4DTGhegwUyoyW-k5j93_fkGMxaG4kyqwA"', secret: 'fo1_Ma6eVpzR_e4DTGhegwUyoyW-k5j93_fkGMxaG4kyqwA' },
    { text: 'const flyToken = \'fo1_tei0zDofqOHGib8b9iM8CI6w0Zg721Io6XnI8etIgAI\';', secret: 'fo1_tei0zDofqOHGib8b9iM8CI6w0Zg721Io6XnI8etIgAI' },
  ],
  negative: [
    'FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FLY_API_TOKEN=<your-flyio-access-token>',
    'FLY_API_TOKEN=${FLY_API_TOKEN}',
    'FLY_API_TOKEN=fo1_ns543cjP2tVyN6HS6JemB_U_9-g6l31xw2fnjaZq',
    'FLY_API_TOKEN=fo1_jFuFZRU0lHuuoMYAi3-0f_b_Qejm0aBm7LtdBcXAS4xhIq',
  ],
};
export default fixtures;
