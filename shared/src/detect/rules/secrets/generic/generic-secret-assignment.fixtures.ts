import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '{"api_key": {"sensitive": true, "type": "string", "value": "Tq8Wz3Lx6Kp1Nm9Rv4Bd7Hc2"}}', secret: 'Tq8Wz3Lx6Kp1Nm9Rv4Bd7Hc2' },
    // A list item that sets the value off with a dash.
    { text: '- api_key - Zq7xT9vLp2zRk8WnQ4mB6yHc', secret: 'Zq7xT9vLp2zRk8WnQ4mB6yHc' },
    // Hex and base62/base64 values after the usual key shapes.
    { text: 'WEATHER_API_KEY=13dbc8f653f8ee87374fbad7119fba4e', secret: '13dbc8f653f8ee87374fbad7119fba4e' },
    { text: '"client_secret": "a7a65c0c4600299aa40568621d299b3cd30dcb10",', secret: 'a7a65c0c4600299aa40568621d299b3cd30dcb10' },
    { text: 'export SIGNING_KEY="9F2C7A41D08E3B56"', secret: '9F2C7A41D08E3B56' },
    { text: 'auth_token: 5e0b9c41f7a2d3e86c1b4a9f0d2e7c35', secret: '5e0b9c41f7a2d3e86c1b4a9f0d2e7c35' },
    { text: 'AUTH_TOKEN=IhiXihAKFXImsEfGMjuZRneftkj737Bu', secret: 'IhiXihAKFXImsEfGMjuZRneftkj737Bu' },
    { text: 'api_key: "mIqdLpUyqGh1KTe7vvgdWgL50d/ld204eHFoYGti"', secret: 'mIqdLpUyqGh1KTe7vvgdWgL50d/ld204eHFoYGti' },
    { text: "client = Client(api_key='v9DlHkLklxS4tsCUPXg9LI25')", secret: 'v9DlHkLklxS4tsCUPXg9LI25' },
    { text: 'mytool deploy --token LhAZR56ip4e8 --env prod', secret: 'LhAZR56ip4e8' },
    { text: '  accessKey: "Qm3x_T9vLp-2zRk8Wn4y"', secret: 'Qm3x_T9vLp-2zRk8Wn4y' },
    // `token` before `key`, glued or not.
    { text: 'GET /v1/export?tokenkey=5j5jvhn9hm6qojajn61pe1ccqly424lrd0g41vb HTTP/1.1', secret: '5j5jvhn9hm6qojajn61pe1ccqly424lrd0g41vb' },
    // A row of a table written without outer pipes (a Postman environment pasted as text).
    { text: 'Variable name | Initial Value\napiKey |Ve9Lk2Qw7Rt4Yu8Io3Pa6Sd\nbaseUrl |https://api.example.com', secret: 'Ve9Lk2Qw7Rt4Yu8Io3Pa6Sd' },
    // Pasted with blanks inside the quotes: the value is what stands between them.
    { text: 'exchangeSecret := " Wq_HlMtr7ELzXm4bSlWv49JLcgv5hvu46 "', secret: 'Wq_HlMtr7ELzXm4bSlWv49JLcgv5hvu46' },
    { text: "notes_token = 'B0aYC9WgVlyOIXfk_i17lPGhgawd1Pv-Em50D8e\r'", secret: 'B0aYC9WgVlyOIXfk_i17lPGhgawd1Pv-Em50D8e' },
    // Typed declarations and every common operator.
    { text: 'var fooToken string = "Zq7xT9vLp2zRk8Wn4yBq"', secret: 'Zq7xT9vLp2zRk8Wn4yBq' },
    { text: 'const apiKey: string = "Vb8nM2xQ7pL4kR9tW3yZ";', secret: 'Vb8nM2xQ7pL4kR9tW3yZ' },
    { text: 'const API_SECRET: &str = "Hq4Tn8Vw2Xz6Pk9Lm3Rb";', secret: 'Hq4Tn8Vw2Xz6Pk9Lm3Rb' },
    { text: "$config['api_key'] .= 'Jd5Rf8Tg2Yh7Uj4Ik9Ol';", secret: 'Jd5Rf8Tg2Yh7Uj4Ik9Ol' },
    { text: 'API_TOKEN ?= Nw3Ex7Rc2Tv9Yb4Um8Ik1', secret: 'Nw3Ex7Rc2Tv9Yb4Um8Ik1' },
    { text: 'export DEPLOY_TOKEN := Gf6Hj2Kl9Zx4Cv7Bn3Mq', secret: 'Gf6Hj2Kl9Zx4Cv7Bn3Mq' },
    { text: 'token += "Pl0Ok9Ij8Uh7Yg6Tf5Rd"', secret: 'Pl0Ok9Ij8Uh7Yg6Tf5Rd' },
    { text: 'set -gx GITEA_TOKEN Wq2Er4Ty6Ui8Op0As3Df', secret: 'Wq2Er4Ty6Ui8Op0As3Df' },
    { text: 'gh secret set RELEASE_TOKEN --body "d3f1c9a0-7b2e-4c5d-9e8f-1a2b3c4d5e6f"', secret: 'd3f1c9a0-7b2e-4c5d-9e8f-1a2b3c4d5e6f' },
    { text: '| SERVICE_TOKEN | Xc5Vb7Nm9Qw2Er4Ty6Ui |', secret: 'Xc5Vb7Nm9Qw2Er4Ty6Ui' },
    { text: '<add key="PartnerApiKey" value="Lk8Jh6Gf4Ds2Az0Xc9Vb" />', secret: 'Lk8Jh6Gf4Ds2Az0Xc9Vb' },
    { text: 'env:\n  - name: INGEST_TOKEN\n    value: "Rt5Yu7Io9Pa2Sd4Fg6Hj"', secret: 'Rt5Yu7Io9Pa2Sd4Fg6Hj' },
    // Values that are random without digits or with symbols, decoded, or prefixed.
    { text: 'twitch_client_secret = "pranvtquyewzahblkxmodg"', secret: 'pranvtquyewzahblkxmodg' },
    { text: "SECRET_KEY = 'g-)3an=n%j#rxqzi6u4xvo=1+fcw7ad8ct-f(6mh0g*9ljn)1_'", secret: 'g-)3an=n%j#rxqzi6u4xvo=1+fcw7ad8ct-f(6mh0g*9ljn)1_' },
    { text: 'JWT_SECRET=zcNLicMWGMG3v7Y&R&uou7DuC&cCIRBi*8*Ql!c5$rx6C3#q', secret: 'zcNLicMWGMG3v7Y&R&uou7DuC&cCIRBi*8*Ql!c5$rx6C3#q' },
    { text: 'wallet_private_key = "0x1506dfe32245b2f2c889c98fcf018e2ab4edab3317f8f218a945ab84c7befcd1"', secret: '0x1506dfe32245b2f2c889c98fcf018e2ab4edab3317f8f218a945ab84c7befcd1' },
    { text: 'https://api.partner.com/v2/export?format=csv&key=0888addf8d06e2d5948dd95343e09d86&limit=500', secret: '0888addf8d06e2d5948dd95343e09d86' },
    { text: 'machine api.acme.io\n  login ci\n  password x\n  token Nq4Zx8Lm2Vr7Tb5Kp9Wd3Hs6\n', secret: 'Nq4Zx8Lm2Vr7Tb5Kp9Wd3Hs6' },
    // An `=` inside a base64-looking value does not split it.
    { text: 'SESSION_SECRET=Zq7xT9vLp2zR=k8Wn4yBqLm3X', secret: 'Zq7xT9vLp2zR=k8Wn4yBqLm3X' },
    // Headers and prose.
    { text: '> Authorization: token 2573febc7176bb928fec9be4731566b8ffc6c224', secret: '2573febc7176bb928fec9be4731566b8ffc6c224' },
    { text: 'Authorization: 8db6b651ffce62eda0f58bb98b137bb9a5c914f7', secret: '8db6b651ffce62eda0f58bb98b137bb9a5c914f7' },
    { text: 'headers = {"Authorization": "Token Lk8Jh6Gf4Ds2Az0Xc9VbQw3"}', secret: 'Lk8Jh6Gf4Ds2Az0Xc9VbQw3' },
    { text: "hey, deploy is failing. here's my dd app key: 0f0e8ebda664902d30dcda1b6cc9637155dfa6b6 is it wrong?", secret: '0f0e8ebda664902d30dcda1b6cc9637155dfa6b6' },
    { text: 'the new webhook secret is `zXCHlRcKd5BIKYtH19KDH4aly3vFLEux`, can you update it?', secret: 'zXCHlRcKd5BIKYtH19KDH4aly3vFLEux' },
    { text: "here's the token → Wq2Er4Ty6Ui8Op0As3DfGh5J", secret: 'Wq2Er4Ty6Ui8Op0As3DfGh5J' },
    { text: 'token (prod): Mk7Ps2Vd9Xq4Lz8Nb3Rt6Wy1', secret: 'Mk7Ps2Vd9Xq4Lz8Nb3Rt6Wy1' },
    { text: 'The API key for staging: Tz5Lq8Xm2Vn7Rb4Kp9Wd3Hs6', secret: 'Tz5Lq8Xm2Vn7Rb4Kp9Wd3Hs6' },
    { text: 'I pasted `Qm4Zx8Lr2Vn7Tb5Kp9Wd3Hs6` as the client secret but the callback still fails', secret: 'Qm4Zx8Lr2Vn7Tb5Kp9Wd3Hs6' },
    { text: '"Wx5Lq2Nz8Vb4Rt7Kp9Md3Hs6" is my webhook token, right?', secret: 'Wx5Lq2Nz8Vb4Rt7Kp9Md3Hs6' },
    { text: 'Hallo, hier ist mein PARTNER_CLIENT_SECRET: RkYgzqaB1VQXgZI4cCSTOOEHUIF0rM5N — warum?', secret: 'RkYgzqaB1VQXgZI4cCSTOOEHUIF0rM5N' },
    { text: 'client.setApiKey("Zq7xT9vLp2zRk8Wn4yBq");', secret: 'Zq7xT9vLp2zRk8Wn4yBq' },
    { text: 'new Client.Builder().withAccessToken(\'aB3dE5gH7jK9mN1pQ3sT5vX7\').build();', secret: 'aB3dE5gH7jK9mN1pQ3sT5vX7' },
    // A block's value on the line after its name: XML element text, YAML block scalars; Make's `:::=`.
    { text: '<apiToken>\n    r8mw2kq9zt4xv7np3ls6jd1hc5bf0ga\n</apiToken>', secret: 'r8mw2kq9zt4xv7np3ls6jd1hc5bf0ga' },
    { text: '<accessToken>\n  Lk8Jh6Gf4Ds2Az0Xc9VbQw3Ty5</accessToken>', secret: 'Lk8Jh6Gf4Ds2Az0Xc9VbQw3Ty5' },
    { text: 'stringData:\n  api_token: |\n    Pq4Wm8Zt2Xv6Nb9Kr3Ls7Jd1\n  region: eu', secret: 'Pq4Wm8Zt2Xv6Nb9Kr3Ls7Jd1' },
    { text: 'DEPLOY_TOKEN :::= "Tz5Lq8Xm2Vn7Rb4Kp9Wd3Hs6"', secret: 'Tz5Lq8Xm2Vn7Rb4Kp9Wd3Hs6' },
    // A bare value ends before a sentence's full stop or a closing bracket.
    { text: 'the deploy token: Wq2Er4Ty6Ui8Op0As3DfGh5J.', secret: 'Wq2Er4Ty6Ui8Op0As3DfGh5J' },
    // A key wrapped over the lines of a block: all of it, not its first line.
    {
      text: 'stringData:\n  signing_key: |\n    Qm7xK2pL9vT4nR8wZ3sB6dH1yF5cJ0gA2eU7iO4aB9mZ\n    Rk8vZ2mT7xLp4Rw9Nb3Yh6Jd1Fs5Gc0eUa7Ti4Ob9M\n    Lw4Tz8Ab==\n  region: eu',
      secret: 'Qm7xK2pL9vT4nR8wZ3sB6dH1yF5cJ0gA2eU7iO4aB9mZ\n    Rk8vZ2mT7xLp4Rw9Nb3Yh6Jd1Fs5Gc0eUa7Ti4Ob9M\n    Lw4Tz8Ab==',
    },
    { text: 'signing_secret: !!binary Zm9vYmFyOkxrOEpoNkdmNERzMkF6MFhjOVZiUXczVHk1', secret: 'Zm9vYmFyOkxrOEpoNkdmNERzMkF6MFhjOVZiUXczVHk1' },
    { text: 'oauthproviders:\n  jwtsecret: "]3On_e?tvxr?/_B@kuS>zwP:Mg2eXVVwn{@]De<V3yQjVPhfafw?Tfg}uW"', secret: ']3On_e?tvxr?/_B@kuS>zwP:Mg2eXVVwn{@]De<V3yQjVPhfafw?Tfg}uW' },
    { text: 'AIVEN_API_KEY = "575yx8xm5MslfY5ubiheyEd7P4zDL/ak6J0kGODKdinZnLXicaBAg8WY1jzIRlNQb0prFmbh7+wy5yq1XoY1BaIMcAxYmfsB4HbQLXjjlAFbVV6q9rXxtNDFyuzX9k1gnneGEYG1+LwiqD9jJBAciI05FhfwKVqlUr5Qrec8TNecj9iNOrjj5VfqRTk8j1d/bWWbjkloG1QX647kdNl9cDo/+GbVMszvR4/EPZGz3zBXCOArr/SfiJvo58JB0W/O5PjeJfJTNcrZ6ydIEsgo5nVjzz8Gwb8ewCISuYCl0Xq56zaWR7PAmpBFXlNPHcSke4R1J+dBi2ewQr8t4/lC4LvGNWAMsI/z0oaWdfZp+lvi60ZIF8=="', secret: '575yx8xm5MslfY5ubiheyEd7P4zDL/ak6J0kGODKdinZnLXicaBAg8WY1jzIRlNQb0prFmbh7+wy5yq1XoY1BaIMcAxYmfsB4HbQLXjjlAFbVV6q9rXxtNDFyuzX9k1gnneGEYG1+LwiqD9jJBAciI05FhfwKVqlUr5Qrec8TNecj9iNOrjj5VfqRTk8j1d/bWWbjkloG1QX647kdNl9cDo/+GbVMszvR4/EPZGz3zBXCOArr/SfiJvo58JB0W/O5PjeJfJTNcrZ6ydIEsgo5nVjzz8Gwb8ewCISuYCl0Xq56zaWR7PAmpBFXlNPHcSke4R1J+dBi2ewQr8t4/lC4LvGNWAMsI/z0oaWdfZp+lvi60ZIF8==' },
    { text: '[Peer]\nPresharedKey = k4Rm9vQ2xT7pLz3Wn8yBq5Jd1Hs6Gf0Ce2Ua7Ti4Ob9=\nAllowedIPs = 0.0.0.0/0', secret: 'k4Rm9vQ2xT7pLz3Wn8yBq5Jd1Hs6Gf0Ce2Ua7Ti4Ob9=' },
    // A literal a secret is compared with is the secret, written into the code that checks it.
    { text: 'if token == "Zq7xT9vLp2zRk8Wn4yBq":', secret: 'Zq7xT9vLp2zRk8Wn4yBq' },
    { text: 'char api_key[41] = "Vq3Lm8Tz2Rk7Wn4yBx6s";', secret: 'Vq3Lm8Tz2Rk7Wn4yBx6s' },
    { text: '<entry key="api_token">Mk2Nj4Bh6Vg8Cf1Xd3Sz</entry>', secret: 'Mk2Nj4Bh6Vg8Cf1Xd3Sz' },
    // A login and its password under a name for both, a slash between; a plural name's value after "are".
    { text: 'staging creds are deploy / Cq8#nV3!xL6w', secret: 'Cq8#nV3!xL6w' },
    { text: 'db credentials: svc_app/Uy2$kD7@pF4m.', secret: 'Uy2$kD7@pF4m' },
    { text: 'the new api keys are Lw3Ke5Rj7Th9Yg2Uf4Id6', secret: 'Lw3Ke5Rj7Th9Yg2Uf4Id6' },
    { text: 'const token = env.GITEA_TOKEN ?? "Ws5Ed7Rf9Tg2Yh4Uj6Ik8";', secret: 'Ws5Ed7Rf9Tg2Yh4Uj6Ik8' },
    { text: "api_key = os.getenv('API_KEY') or 'Ox4Pq6Rs8Tu1Vw3Xy5Za7'", secret: 'Ox4Pq6Rs8Tu1Vw3Xy5Za7' },
    // Rails' token scheme names its parameter.
    { text: 'curl -H "Authorization: Token token=Hd4Jf6Kg8Lh1Mj3Nk5Pl7" https://api.example.com', secret: 'Hd4Jf6Kg8Lh1Mj3Nk5Pl7' },
    // A default passed by keyword (django-environ, python-decouple).
    { text: 'SECRET_KEY = env("SECRET_KEY", default="Ix9Ju1Kv3Lw5Mx7Ny2Oz4")', secret: 'Ix9Ju1Kv3Lw5Mx7Ny2Oz4' },
    // A shell default, the value after `:-`.
    { text: 'export API_TOKEN=${API_TOKEN:-Bn2Cm4Dl6Ek8Fj1Gh3Hg5}', secret: 'Bn2Cm4Dl6Ek8Fj1Gh3Hg5' },
    { text: 'api_token: SecretStr = SecretStr("Pz6Qa9Lw2Es5Rd8Tf1Gy")', secret: 'Pz6Qa9Lw2Es5Rd8Tf1Gy' },
    // A JSON string that holds the value, a line break and a note after it.
    { text: '{"api_key":"Rk8Wn4yBqZq7xT9vLp2z\\nrotated on Monday"}', secret: 'Rk8Wn4yBqZq7xT9vLp2z' },
    // The literal first: a "Yoda" condition and Java's `equals`.
    { text: 'if ("Rk8Wn4yBqZq7xT9vLp2z" !== secret) {', secret: 'Rk8Wn4yBqZq7xT9vLp2z' },
    { text: 'return "Lp2zRk8Wn4yBqZq7xT9v".equals(this.apiKey);', secret: 'Lp2zRk8Wn4yBqZq7xT9v' },
    // A value a person chose, with symbols a token never holds, quoted under a secret's name.
    { text: 'client_secret: "Tr0ub4dor&3-horse"', secret: 'Tr0ub4dor&3-horse' },
    { text: "webhook_secret = 'q{{w}e)r${t]yui(op[asd>-_$#fghjk}}'", secret: 'q{{w}e)r${t]yui(op[asd>-_$#fghjk}}' },
    { text: 'if creds.Secret != "c5Wq8Lz2Tn7Vb4Xr" {', secret: 'c5Wq8Lz2Tn7Vb4Xr' },
    // A key named after a service with no secret word (`maps_key`): a strongly random value makes it one.
    { text: 'GEOCODER_MAPS_KEY=Rk7vQ2mZ9xTq4Wn8Lp3Yc6Hs1Db5Fg0J', secret: 'Rk7vQ2mZ9xTq4Wn8Lp3Yc6Hs1Db5Fg0J' },
    { text: 'const smsgatewayKey = "t9qk2vx7mw4pz8rl3ny6bc1hd5fj0gs2";', secret: 't9qk2vx7mw4pz8rl3ny6bc1hd5fj0gs2' },
    // Letters only, of both cases; and hex under a constant's name, as services issue it (32 hex digits).
    { text: "const beamerKey = 'bKQqUpXlwKpqsqruWucMqfvIQrKH';", secret: 'bKQqUpXlwKpqsqruWucMqfvIQrKH' },
    { text: 'OPENWEATHER_KEY=62dfb1b913a22ff6fa7d64d5906a93b7', secret: '62dfb1b913a22ff6fa7d64d5906a93b7' },
    // The AWS CLI takes the value after the name and a space.
    { text: 'aws configure set aws_secret_access_key Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u/aB1cD2eF --profile ci', secret: 'Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u/aB1cD2eF' },
    // Gradle gives an Android build its keys as `buildConfigField` and `resValue` arguments, quotes inside quotes.
    { text: 'buildConfigField "String", "MAPS_API_KEY", "\\"Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u\\""', secret: 'Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u' },
    { text: "buildConfigField 'String', 'API_KEY', '\"62dfb1b913a22ff6fa7d64d5906a93b7\"'", secret: '62dfb1b913a22ff6fa7d64d5906a93b7' },
    { text: 'buildConfigField("String", "STRIPE_SECRET", "\\"Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u\\"")', secret: 'Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u' },
    { text: 'resValue "string", "maps_key", "Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u"', secret: 'Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u' },
    { text: 'env:\n  TMDB_KEY: "62dfb1b913a22ff6fa7d64d5906a93b7"', secret: '62dfb1b913a22ff6fa7d64d5906a93b7' },
    // A bare value past 256 characters: an OAuth or signed token in an env file.
    { text: 'SHARE_ACCESS_TOKEN=m1EwRp3Uiz35WYvPBdo0TDdfpU2ooJuZ597tyg1trTZNN2KEsRIYrpWhAeBuoOLlR7gg4gwiM2Stvphq8EMeEj0xF5vs5HbGTeZcYuLB1BJkBDwzRMHeU4dGWHuD7470JqD60GmIAccow9OJaP0YwnVfH9LfPXiMANdYmyysbjbPnhwwlvIH.5DkNYivACrrZAhdlgcYXAsU6X74VTjigVwwiiWecmeHgyqxlyJbDhho4iexaz1NHmFEXE9wnHSPIKRKmnM5Uq6y0DIGl0Uf3MfdkHSgPdBAKfnDK07o1WQSoJ25vmplwtt2hER2rrUW3HHVolHxH9trpGTOygxNEV5rSm2UY7CE5VtJvGD8FqRjNw4nhOSWp7POAMUWqkNDjK4u2ygxm2stqz1jhtj7DzCgGwOEoLSUmahge9hNGI6gEZPQ8upKTSN3nkI3yQhH7WKmZ0oMDoPequJcYTZtgVe5zRCDz3Weqql4rtptn52dzEOCGwF1rFYmUltlA21E2TW2kyxuO3uuHaQOhsdnTFYHn4HHn2D7tX7Q3lFn3AV7ZWEHK57Gj6VVPsVMxBlu23stoGUsmz8Cos9LIo0iPXJ8o\nNEXT=1', secret: 'm1EwRp3Uiz35WYvPBdo0TDdfpU2ooJuZ597tyg1trTZNN2KEsRIYrpWhAeBuoOLlR7gg4gwiM2Stvphq8EMeEj0xF5vs5HbGTeZcYuLB1BJkBDwzRMHeU4dGWHuD7470JqD60GmIAccow9OJaP0YwnVfH9LfPXiMANdYmyysbjbPnhwwlvIH.5DkNYivACrrZAhdlgcYXAsU6X74VTjigVwwiiWecmeHgyqxlyJbDhho4iexaz1NHmFEXE9wnHSPIKRKmnM5Uq6y0DIGl0Uf3MfdkHSgPdBAKfnDK07o1WQSoJ25vmplwtt2hER2rrUW3HHVolHxH9trpGTOygxNEV5rSm2UY7CE5VtJvGD8FqRjNw4nhOSWp7POAMUWqkNDjK4u2ygxm2stqz1jhtj7DzCgGwOEoLSUmahge9hNGI6gEZPQ8upKTSN3nkI3yQhH7WKmZ0oMDoPequJcYTZtgVe5zRCDz3Weqql4rtptn52dzEOCGwF1rFYmUltlA21E2TW2kyxuO3uuHaQOhsdnTFYHn4HHn2D7tX7Q3lFn3AV7ZWEHK57Gj6VVPsVMxBlu23stoGUsmz8Cos9LIo0iPXJ8o' },
    // A lone `key` given a strongly random value, as log lines print it.
    { text: '[DEBUG] request signed with Key=v4DXqbqWIdecKq5LpTB2wVaVGvYFai8wEfNgxCjN', secret: 'v4DXqbqWIdecKq5LpTB2wVaVGvYFai8wEfNgxCjN' },
    { text: '[DEBUG] Using weatherapi KEY=j11ui1ael81hxxfwedutouvo5mug226b', secret: 'j11ui1ael81hxxfwedutouvo5mug226b' },
    { text: '[duo]\nikey = DIWJ8X6AEYOR5OMC6TQ1\nskey = Qm7xK2pL9vT4nR8wZ3cY6hJ1dF5sG0aE2uB8iO4p\napi_host = api-3f9a2c.duosecurity.com', secret: 'Qm7xK2pL9vT4nR8wZ3cY6hJ1dF5sG0aE2uB8iO4p' },
    { text: '<secret>{billing AQAAABAAA Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u}</secret>', secret: 'Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u' },
    { text: '<apiKey>\n  prod  7vKd3NbY8fJs5GtE1uHq4TzW9mLp2XcR\n</apiKey>', secret: '7vKd3NbY8fJs5GtE1uHq4TzW9mLp2XcR' },
    { text: '[DEBUG] Using Key = cR8+Ygm2FfUwq4exB+Uk2z5p0uQKmmfx4ut1KfsZ3YI3Gp2x', secret: 'cR8+Ygm2FfUwq4exB+Uk2z5p0uQKmmfx4ut1KfsZ3YI3Gp2x' },
    // Random hex laid out as a UUID, with a version digit no UUID has: a key, not an id.
    { text: "helpdesk token = '9d4f27ab-61c3-e8f2-d075-3b8a1ce96f42'", secret: '9d4f27ab-61c3-e8f2-d075-3b8a1ce96f42' },
    // A formatter breaks a long string onto the line after `=`.
    { text: 'const mapsSecretKey =\n  "Xk9mQ2vL7pR4tW8zHc3NbY6fJs5GtE1uQa0";', secret: 'Xk9mQ2vL7pR4tW8zHc3NbY6fJs5GtE1uQa0' },
    // A secret's value naming its scheme, as an Authorization header's does.
    { text: 'support_auth_token: "Token 9f2c4e7a1b8d3f6c0e5a2d7b4c1f8e3a"', secret: '9f2c4e7a1b8d3f6c0e5a2d7b4c1f8e3a' },
    { text: 'AZURE_SEARCH_KEY=Pq3vR8sT2uW6xY0zA4bC7dE1fG5hJ9kL3mN7pQ1rS5tU9vW2xYz4', secret: 'Pq3vR8sT2uW6xY0zA4bC7dE1fG5hJ9kL3mN7pQ1rS5tU9vW2xYz4' },
    // A service's prefix before hex: the hex is judged.
    { text: "quotes token = 'sk_4f9a2c7e1b8d3f6a0c5e9b2d7f1a3c8e'", secret: 'sk_4f9a2c7e1b8d3f6a0c5e9b2d7f1a3c8e' },
    // Shorter than a key, but of every class of character: a secret a person chose.
    { text: 'JWT_SECRET=Pk7#vR2mXq9L', secret: 'Pk7#vR2mXq9L' },
    { text: "webhook:\n  secret: 'Zt5!wQ8nLx3K'", secret: 'Zt5!wQ8nLx3K' },
    // WordPress's salts, which sign its cookies as its keys do.
    { text: "define( 'LOGGED_IN_SALT',   'x]5K,8X3l|iq@Bq{Rj=.d#Kh>ZT0}~UMyv3' );", secret: 'x]5K,8X3l|iq@Bq{Rj=.d#Kh>ZT0}~UMyv3' },
    { text: "define('NONCE_SALT', '2Xk#9mQv$Lp8!Rt4&Wn6*Yb3^Hc7%Jd1@Fs5');", secret: '2Xk#9mQv$Lp8!Rt4&Wn6*Yb3^Hc7%Jd1@Fs5' },
  ],
  negative: [
    // A salt is stored beside the hash it salts: only the salts that sign something are secrets.
    'PASSWORD_SALT = "Zq7xT9vLp2zRk8WnQ4mB6yHc"',
    "define('NONCE_SALT', 'put your unique phrase here');",
    '{"api_key": {"sensitive": true, "type": "string", "value": {"nested": "Tq8Wz3Lx6Kp1Nm9Rv4Bd7Hc2"}}}',
    'const delta = token - previousToken;',
    // The name a token is stored under is no secret.
    "const TOKEN_KEY = 'auth_token';",
    // A pipeline after a name at a line's start is no table cell.
    'echo $API_TOKEN | base64 --decode > token.bin',
    'commit a7a65c0c4600299aa40568621d299b3cd30dcb10',
    // Hex under a key name in code, or under a constant that names a digest: a digest, not a service's key.
    'cache_key = "62dfb1b913a22ff6fa7d64d5906a93b7"',
    'const fileKey = "45387d9c681b6a4952ba965a15fcddb5091c0a91";',
    'COMMIT_KEY=45387d9c681b6a4952ba965a15fcddb5091c0a91',
    'ENV GPG_KEY 45387D9C681B6A4952BA965A15FCDDB5091C0A91',
    'KEY=62dfb1b913a22ff6fa7d64d5906a93b7',
    'buildConfigField "String", "BASE_URL", "\\"https://api.example.com/v2\\""',
    'buildConfigField "boolean", "API_KEY_REQUIRED", "true"',
    // Minified code under a name that ends in `Keys`.
    'groupName:t,normalizedKeys:h[t].filter(C).map(t=>t)',
    'js-tokens@^4.0.0:\n  resolved "https://registry.yarnpkg.com/js-tokens/-/js-tokens-4.0.0.tgz#19203fb59991df98e3a287050d4647cdeaf32499"',
    'api_key = "0000000000000000000000000000000a"',
    'api_key = "deadbeefdeadbeefdeadbeefdeadbeef"',
    'request_id=13dbc8f653f8ee87374fbad7119fba4e',
    'secret_key = "1234567890abcdef1234567890abcdef"',
    'token = get_token()',
    'const token = getAccessToken2FromStorage();',
    'api_key: 123e4567-e89b-12d3-a456-426614174000',
    'token_path = "/var/run/secrets/kubernetes.io/serviceaccount/token"',
    'auth: config.api.token2',
    '"integrity": "sha512-Wkb1NYcL2kD4PXVTVi7Eu1tX2tM3wF0YAeVdAq7oOTjpNpHPd6rUm0UsT6tU2YKy8aB9WyRv1k7SgCCcUW2zKQ=="',
    'secret_name = "prod-db-credentials"',
    'token: transformES2015Module',
    'api_key = "YOUR_API_KEY_HERE1"',
    'token_url = "https://auth.acme-internal.io/oauth2/token"',
    'js-tokens@4.0.0 tokenizer version 2.4.1-beta3 released',
    'API_TOKEN=aaaaaaaaaaaaaaaa1',
    // Names that are not secrets.
    'authenticity_token = "Zq7xT9vLp2zRk8Wn4yBq"',
    '<meta name="csrf-token" content="Zq7xT9vLp2zRk8Wn4yBq">\ncsrf-token: Zq7xT9vLp2zRk8Wn4yBq',
    'publicToken = "Zq7xT9vLp2zRk8Wn4yBq"',
    'credentialId: "Zq7xT9vLp2zRk8Wn4yBq"',
    'tokenUrl = "https://x.io/Zq7xT9vLp2zRk8Wn4yBq"',
    'nextPageToken: "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA"',
    'NEXT_PUBLIC_STRIPE_KEY=Zq7xT9vLp2zRk8Wn4yBq',
    'primary_key = "Zq7xT9vLp2zRk8Wn4yBq"\nmonkey = "Zq7xT9vLp2zRk8Wn4yBq"',
    // Values that are not random, or only partly shown.
    'api_key = "aB3dE5aB3dE5aB3dE5aB3dE5"',
    'api_key = "Zq7xT9vLp2zRk8Wn4yBq…"',
    'api_key = "Zq7xT9vLp2zRk8[Redacted]"',
    'api_key: Zq7xT9vLp2zR...',
    'https://source.chromium.org/chromium/src/+/main:components/password_manager/core/browser/password_manager_client.cc;l=301-308;drc=1e6c7e8d9f0a1b2c3d4e5f60718293a4b5c6d7e8',
    'sessionToken = "mysecretsessiontokenvalue"',
    'auth_secret = "correcthorsebatterystaple"',
    // A comparison with something other than a quoted literal holds no secret.
    'if token == expected_token:',
    // A symbol at an end only is an identifier's sigil; a chosen value must be quoted and long enough.
    'if (lastSignificantToken === "?NonExpressionParenKeyword") {',
    'auth_token = "ab{cd}ef(gh)ij"',
    // A slash that joins no login and password.
    'credentials: see docs/setup-guide.md',
    'creds: admin / password',
    'tokens are rotated every ninety days',
    'api_token = "Tr0ub&3x"',
    // What a key indexes or orders, or a value a digest or id: no service's key.
    'const cacheKey = "Rk7vQ2mZ9xTq4Wn8Lp3Yc6Hs1Db5Fg0J";',
    'sort_key: Rk7vQ2mZ9xTq4Wn8Lp3Yc6Hs1Db5Fg0J',
    'artifact_key = "3f2a9c1e8b7d6f5a4c3b2a1f0e9d8c7b6a5f4e3d"',
    'upload_key = "9f5c17d2-957e-4dda-ae24-811274ed88e5"',
    'widget_key = "primary-navigation-2"',
    // A lone `key` in data (a quoted field), an upper-case id, a public key.
    '{"key": "V1StGXR8_Z5jdHi6B-myT3kQw9Lp2", "doc_count": 12}',
    'key = 01ARZ3NDEKTSV4RRFFQ69G5FAV',
    'the public key=Rk7vQ2mZ9xTq4Wn8Lp3Yc6Hs1Db5Fg0J',
    'if (apiToken !== undefined && apiToken === process.env.API_TOKEN) {',
    'Call `getAccessTokenFromStorage` as the token source.',
    'Authorization: Basic dXNlcjpwYXNzd29yZA==\nAuthorization: Bearer $TOKEN',
    // Documentation: an example introduced as one, a public key's fingerprint.
    'For example: `API_TOKEN=Zq7xT9vLp2zRk8Wn4yBq`',
    '  - Release GPG key: F3EF5F62A87FC27A22E643F714CE4FF5015AA242',
    'const token = await secrets.getToken("Zq7xT9vLp2zRk8Wn4yBq");',
    'token: |\n  Read from the environment at start; see the deploy notes.\n',
    '<apiToken>\n</apiToken>\n<description>\n  Zq7xT9vLp2zRk8Wn4yBq\n</description>',
    'api_token: |\nZq7xT9vLp2zRk8Wn4yBq',
    '<secret>the token rotates every thirty days automatically</secret>',
    '<apiToken>{see vault: prod/billing/stripe-restricted}</apiToken>',
    'the sort key = 01HQ3V5ZJ8K9M2N4P6R8T0W2Y4',
    // Time-based and time-ordered UUIDs (versions 1 and 7) are ids, whatever they are called.
    "request_token = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'",
    "upload_token = '018f3c1e-7b2a-7c4d-9e8f-0a1b2c3d4e5f'",
    'const token =\n  await vault.read("Xk9mQ2vL7pR4tW8zHc3NbY6fJs5GtE1uQa0");',
    'secret: "correct horse battery staple"',
    'search_key = product-title-en-us',
    "api_token = 'sk_0123456789abcdef0123456789abcdef'",
    // A secret element's words, introduced as an example; a prefix that is a dummy word before hex.
    'For example: <secret>{prod Hq4TzW9mLp2XcR7vKd3NbY8fJs5GtE1u}</secret>',
    "secret_token = 'password-9f2c4e7a1b8d3f6c0e5a2d7b4c1f8e3a'",
    "session_secret: 'Keyboard-Cat-1!'",
    'api_token = "{{ vault_token }}"',
  ],
};
export default fixtures;
