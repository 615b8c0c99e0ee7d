import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'VF.DM.9dddc3ebffc5ccd8099ee02c.v6xQrM3hwwjhCS6j',
    { text: "headers: { Authorization: 'VF.DM.51f9ab2845ad0f3d761f3d02.bdUwFDrzIe3mGxHo' }", secret: 'VF.DM.51f9ab2845ad0f3d761f3d02.bdUwFDrzIe3mGxHo' },
  ],
  negative: ['VF.DM.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxx', 'the VF.DM. prefix marks a Dialog Manager key'],
};
export default fixtures;
