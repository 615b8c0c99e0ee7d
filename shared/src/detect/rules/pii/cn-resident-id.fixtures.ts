import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '身份证号：11010519491231002X', secret: '11010519491231002X' },
    { text: '我的身份证号是440106198705231215，请帮我填表', secret: '440106198705231215' },
    { text: 'Resident ID 310104200012056424 on file', secret: '310104200012056424' },
    { text: 'name,id_card_no\n王芳,510107199203170028\n', secret: '510107199203170028' },
    { text: '公民身份号码 11010519491231002x', secret: '11010519491231002x' },
  ],
  negative: [
    // The check digit fails.
    '身份证号：110105194912310021',
    // No such province (99), and no such day (February 30).
    '990105194912310027 and 110105194902300021',
    // Part of a longer number, and glued to a word.
    '1110105194912310021X snowflake id',
    'ref-11010519491231002Xa',
  ],
};
export default fixtures;
