import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'the admin login is dana / Vq8tLw2pZr9xK', secret: 'Vq8tLw2pZr9xK' },
    { text: 'staging login: admin@acme.io / Hq4$zR8mLp2W', secret: 'Hq4$zR8mLp2W' },
    // A plain one, with a letter and a digit, and a sentence's mark after it.
    { text: 'ftp login - deploy / pelican42, thanks', secret: 'pelican42' },
    { text: 'Logon is CORP\\svc_backup / Wm5%tY8q!B2n.', secret: 'Wm5%tY8q!B2n' },
  ],
  negative: [
    'Login / Logout buttons',
    'login: yes / no',
    'login: username / password',
    'the login page /login / /logout',
    'login with email / phone',
    'login: dana / dana',
    // The slash must stand apart: `user/password` reads as a path.
    'login: dana/Vq8tLw2pZr9xK',
  ],
};
export default fixtures;
