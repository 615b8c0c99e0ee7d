import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sb_secret_FNmbFG2fCqceZeyH86DhRz_ceAAhlon',
    { text: 'SUPABASE_SECRET_KEY=sb_secret_uZUfpGbr77IhtNqwdn2AP9_JFj4mYXl', secret: 'sb_secret_uZUfpGbr77IhtNqwdn2AP9_JFj4mYXl' },
    { text: '{"supabase_secret_key": "sb_secret_pYUinzeWzeoJ9kUc9WnFph_H8BQ92hH", "region": "eu-west-1"}', secret: 'sb_secret_pYUinzeWzeoJ9kUc9WnFph_H8BQ92hH' },
    { text: '  supabase_secret_key: sb_secret_zMeXOewZWMIhbuzFRMludX_kdd9rfnF', secret: 'sb_secret_zMeXOewZWMIhbuzFRMludX_kdd9rfnF' },
    { text: 'export SUPABASE_SECRET_KEY="sb_secret_Yp4Wb8WHw8GKrNUiZepW8f_93I67dwD"', secret: 'sb_secret_Yp4Wb8WHw8GKrNUiZepW8f_93I67dwD' },
    { text: 'const supabaseSecretKey = \'sb_secret_hEVVXQNdJ9fsK2JVDImJge_mCILhe-i\';', secret: 'sb_secret_hEVVXQNdJ9fsK2JVDImJge_mCILhe-i' },
  ],
  negative: [
    'SUPABASE_SECRET_KEY=sb_secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SUPABASE_SECRET_KEY=<your-supabase-secret-key>',
    'SUPABASE_SECRET_KEY=${SUPABASE_SECRET_KEY}',
    'sb_secret_key_loader_function_name',
    'sb_publishable_8x9IcXxn3PbEc8j13ZzAgB_ThSlZyMA',
  ],
};
export default fixtures;
