import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxs-40123565029-78552461974-42942023140-b15d132b468c887f7d3ba11b9f7679e11805a207a294dcfb2f20f23ce671ba27',
    { text: 'SLACK_LEGACY_TOKEN=xoxs-36032367188-60109115728-17024978460-2db48abbf5ffc432aef9371bdb484b2b4640492add40aa74b7ad0d6e7c66a6e1', secret: 'xoxs-36032367188-60109115728-17024978460-2db48abbf5ffc432aef9371bdb484b2b4640492add40aa74b7ad0d6e7c66a6e1' },
    { text: '{"slack_legacy_token": "xoxs-79799950161-87347402668-22704714524-6edbedbb40f8ee94c7365d09dd46daf2358b2f8b60819e5068458ee88b787618"}', secret: 'xoxs-79799950161-87347402668-22704714524-6edbedbb40f8ee94c7365d09dd46daf2358b2f8b60819e5068458ee88b787618' },
    { text: 'slack_legacy_token: xoxs-11512588190-88551413927-61445156175-8e47b0d4b463e695fd569207476efd16d4409e4d75431e38470e4ecafe44a859', secret: 'xoxs-11512588190-88551413927-61445156175-8e47b0d4b463e695fd569207476efd16d4409e4d75431e38470e4ecafe44a859' },
    { text: 'export SLACK_LEGACY_TOKEN="xoxs-37172889678-49165672575-15492307301-dd05e7272ffaa8896fe24fa7d2261e170f03fcdd9058be983cf49d43507dc8c9"', secret: 'xoxs-37172889678-49165672575-15492307301-dd05e7272ffaa8896fe24fa7d2261e170f03fcdd9058be983cf49d43507dc8c9' },
    { text: 'const slackLegacyToken = \'xoxs-83910473390-41363456051-26105030134-5363e5f9f0c0da4101b09cf061167bdde50ed99601605d288176fc5cab47b8ae\';', secret: 'xoxs-83910473390-41363456051-26105030134-5363e5f9f0c0da4101b09cf061167bdde50ed99601605d288176fc5cab47b8ae' },
    'xoxs-4986370520-5468960060-3167517074-0e4f8d2341',
    { text: 'SLACK_TOKEN=xoxo-784603-281516-519087-a7b5988989b8ba004b', secret: 'xoxo-784603-281516-519087-a7b5988989b8ba004b' },
    { text: 'SLACK_TOKEN=xoxs-82259-740103-80578782-DB', secret: 'xoxs-82259-740103-80578782-DB' },
  ],
  negative: [
    'SLACK_LEGACY_TOKEN=xoxs-xxxxxxxxxxx-xxxxxxxxxxx-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_LEGACY_TOKEN=${SLACK_LEGACY_TOKEN}',
    'SLACK_LEGACY_TOKEN=<your-slack-legacy-token>',
    'https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg',
    '![XOXO 2014](/photos/xoxo-2014-09-12-cafe.jpg)',
  ],
};
export default fixtures;
