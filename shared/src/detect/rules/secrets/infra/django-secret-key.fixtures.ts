import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: "SECRET_KEY = 'django-insecure-g-)3an=n%j#rxqzi6u4xvo=1+fcw7ad8ct-f(6mh0g*9ljn)1_'", secret: 'django-insecure-g-)3an=n%j#rxqzi6u4xvo=1+fcw7ad8ct-f(6mh0g*9ljn)1_' },
    { text: 'DJANGO_SECRET_KEY=django-insecure-qaasa8q&wz8x!d5ayr=29mwlt+n6=q%%-me%_5v)^5wk^=3v8$', secret: 'django-insecure-qaasa8q&wz8x!d5ayr=29mwlt+n6=q%%-me%_5v)^5wk^=3v8$' },
    { text: 'the key in settings.py is django-insecure-jitr^p0(k&a&p#i)1tku6)7z+ds)r6^!*otd668k^(#r2s&+p^ — is that a problem?', secret: 'django-insecure-jitr^p0(k&a&p#i)1tku6)7z+ds)r6^!*otd668k^(#r2s&+p^' },
  ],
  negative: [
    'Django warns about keys that start with django-insecure- in production.',
    "SECRET_KEY = 'django-insecure-change-me-in-production-please-now'",
  ],
};
export default fixtures;
