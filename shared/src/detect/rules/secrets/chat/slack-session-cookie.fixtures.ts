import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxd-2fs1vxNT8OsqIau43yrgwZh4a3IkxyX4EA1nfBkq%2FaeUjqGvp05KFQ4A6wyCghKHpQfkcyW66snFzw8woFzjKUxeSlT%2BWbehm3eSFzJnCyE9ReJ5hbQCokrFwLJh2LQTneOCQZ6LCeDct6yDszjgDPhl%3D',
    { text: 'SLACK_D_COOKIE=xoxd-aAPeUJHfm5HZUasi2kKjqbGTMGIrikY7BnHcSQbx%2FLYw9nkLL2nbH5p7Jm9GeaOGPUz9MNRnBpXJVu9bji0QEk9DHuw%2BcpUavyhKBu4mzv6R7CssCRZRIOmVTxXHN0GBH6Yz96xTxU0MtBqJspgec1xe%3D', secret: 'xoxd-aAPeUJHfm5HZUasi2kKjqbGTMGIrikY7BnHcSQbx%2FLYw9nkLL2nbH5p7Jm9GeaOGPUz9MNRnBpXJVu9bji0QEk9DHuw%2BcpUavyhKBu4mzv6R7CssCRZRIOmVTxXHN0GBH6Yz96xTxU0MtBqJspgec1xe%3D' },
    { text: '{"slack_d_cookie": "xoxd-9i78N3z3C2C5OKL6NNTQ8g3kjDm2bko15GLUAWas%2FkFWYXZz5F4vMiqqoUzSbQ1lWzG3ZSmGbduCgGZoMiGdfqGY6Ps%2BU02Xab4QhZCeOiiC2yWZmtHKqOzg7wFbBUCPFyUNTiAvuSVChDC8j3GJEWOS%3D"}', secret: 'xoxd-9i78N3z3C2C5OKL6NNTQ8g3kjDm2bko15GLUAWas%2FkFWYXZz5F4vMiqqoUzSbQ1lWzG3ZSmGbduCgGZoMiGdfqGY6Ps%2BU02Xab4QhZCeOiiC2yWZmtHKqOzg7wFbBUCPFyUNTiAvuSVChDC8j3GJEWOS%3D' },
    { text: 'slack_d_cookie: xoxd-83naBHryQIWBMVVga76kyjo8XyrkrQUAY3HYJUR4%2Fq2tvANglFEokutvidNuP4gwizexCVVzEp8XeYuuuMIUd5ku1eu%2BvkSrKyvUVrDhJBLHSW67cTsMZqbjnKgCplj5jlHXuuAWOR8GnbDDvxK8pNxV%3D', secret: 'xoxd-83naBHryQIWBMVVga76kyjo8XyrkrQUAY3HYJUR4%2Fq2tvANglFEokutvidNuP4gwizexCVVzEp8XeYuuuMIUd5ku1eu%2BvkSrKyvUVrDhJBLHSW67cTsMZqbjnKgCplj5jlHXuuAWOR8GnbDDvxK8pNxV%3D' },
    { text: 'export SLACK_D_COOKIE="xoxd-6kVpPW0E6wwsUHIpXqJBErAXW6AYWsiKdsIoTNgy%2Fct7nY3vgXzxKPoLoLNdZvckQx7EnlMHVPfuOzVuzpN5rGukHDt%2BJcKvUgQTDK1XwZqci3ZxkKbPPfIxBOLBjMyo9WeFGEOgAtppg3syVWWfacTb%3D"', secret: 'xoxd-6kVpPW0E6wwsUHIpXqJBErAXW6AYWsiKdsIoTNgy%2Fct7nY3vgXzxKPoLoLNdZvckQx7EnlMHVPfuOzVuzpN5rGukHDt%2BJcKvUgQTDK1XwZqci3ZxkKbPPfIxBOLBjMyo9WeFGEOgAtppg3syVWWfacTb%3D' },
    { text: 'const slackDCookie = \'xoxd-pHHJFGmulWlhVirQJY4QPQU2Lz1EzOwdCeSsOJjZ%2FvvCs0bTVgowLSHJJH125wW3bcWpzWZgWameqqHk8kR9PIb6hFz%2BhyIkxMOgFgV3jAOHkrh0dlHAS2NcOXiBIlDH9KLHeemZEoXO9eATHoizH0cq%3D\';', secret: 'xoxd-pHHJFGmulWlhVirQJY4QPQU2Lz1EzOwdCeSsOJjZ%2FvvCs0bTVgowLSHJJH125wW3bcWpzWZgWameqqHk8kR9PIb6hFz%2BhyIkxMOgFgV3jAOHkrh0dlHAS2NcOXiBIlDH9KLHeemZEoXO9eATHoizH0cq%3D' },
  ],
  negative: [
    'SLACK_D_COOKIE=xoxd-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xx',
    'SLACK_D_COOKIE=${SLACK_D_COOKIE}',
    'SLACK_D_COOKIE=<your-slack-session-cookie>',
  ],
};
export default fixtures;
