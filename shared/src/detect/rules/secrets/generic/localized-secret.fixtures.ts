import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '机器人令牌：Zq7xT9vLp2zRk8WnQ4mB6yHc', secret: 'Zq7xT9vLp2zRk8WnQ4mB6yHc' },
    { text: 'アクセスキーは Rk8WnQ4mB6yHcXk9mQ2vL7pR です', secret: 'Rk8WnQ4mB6yHcXk9mQ2vL7pR' },
    { text: '토큰 Xk9mQ2vL7pR4tW8zQm7xK2pL', secret: 'Xk9mQ2vL7pR4tW8zQm7xK2pL' },
    { text: 'Токен бота: 7pR4tW8zQm7xK2pL9vT4nR8wZq', secret: '7pR4tW8zQm7xK2pL9vT4nR8wZq' },
    { text: 'la clave secreta es "mQ2vL7pR4tW8zQm7xK2pL9vT"', secret: 'mQ2vL7pR4tW8zQm7xK2pL9vT' },
    { text: 'Der API-Schlüssel lautet b3f9c2a7e1d84f6a9c0b5e2d7f1a3c8b', secret: 'b3f9c2a7e1d84f6a9c0b5e2d7f1a3c8b' },
  ],
  negative: [
    // Words, not a value.
    '令牌：请在设置页面生成新的访问令牌',
    'la clave secreta es la que te envié ayer por correo',
    // A placeholder and a value too short to be a token.
    'アクセスキー: YOUR_ACCESS_KEY_HERE',
    'токен: abc123',
  ],
};
export default fixtures;
