import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    // JSON Web Tokens signed or verified with a key written into the call.
    { text: "token = jwt.encode({'sub': user.id, 'exp': expires}, 'Qm7tV2xK9pLw4Rz8Nc3Bj6Yd', algorithm='HS256')", secret: 'Qm7tV2xK9pLw4Rz8Nc3Bj6Yd' },
    { text: "const token = jwt.sign({ id: user.id, role: 'admin' }, \"k8#Tq2!wZr5mXp\", { expiresIn: '1h' });", secret: 'k8#Tq2!wZr5mXp' },
    { text: "jwt.verify(req.headers.authorization, 'Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1', (err, claims) => next(err))", secret: 'Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1' },
    { text: "$jwt = JWT::encode($payload, 'Zt6Pn1Xq8Lv3Wk5Rj9Mc2Hy4', 'HS256');", secret: 'Zt6Pn1Xq8Lv3Wk5Rj9Mc2Hy4' },
    { text: 'signed, err := token.SignedString([]byte("Bv3Kx8Qm1Tz6Lp4Wn9Rd2Hs7"))', secret: 'Bv3Kx8Qm1Tz6Lp4Wn9Rd2Hs7' },
    { text: 'let key = EncodingKey::from_secret("Gx5Rm2Wq8Kt1Pz7Ln4Vb9Hc3".as_ref());', secret: 'Gx5Rm2Wq8Kt1Pz7Ln4Vb9Hc3' },
    { text: 'Algorithm algorithm = Algorithm.HMAC256("Nq2Wz7Kx4Tm9Lp1Rv6Bd3Hs8");', secret: 'Nq2Wz7Kx4Tm9Lp1Rv6Bd3Hs8' },
    { text: 'Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS512, "Wp8Lx3Qz6Tk1Nm9Rv4Bc7Hd2").compact();', secret: 'Wp8Lx3Qz6Tk1Nm9Rv4Bc7Hd2' },
    // HMACs and ciphers, the literal converted to bytes where it is given.
    { text: 'digest = hmac.new(b"Tc9Lq4Wx1Kz6Pm3Rv8Bn2Hd5", body, hashlib.sha256).hexdigest()', secret: 'Tc9Lq4Wx1Kz6Pm3Rv8Bn2Hd5' },
    { text: 'mac := hmac.New(sha256.New, []byte("Rk4Wz9Lq2Tx7Pm1Nv6Bc3Hd8"))', secret: 'Rk4Wz9Lq2Tx7Pm1Nv6Bc3Hd8' },
    { text: "const sig = crypto.createHmac('sha256', 'Lm7Qx2Wz9Kt4Pn1Rv6Bd3Hc8').update(body).digest('hex');", secret: 'Lm7Qx2Wz9Kt4Pn1Rv6Bd3Hc8' },
    { text: "const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from('Px3Kq8Wz1Tm6Ln9Rv4Bc7Hd2Js5Yf0Ga'), iv);", secret: 'Px3Kq8Wz1Tm6Ln9Rv4Bc7Hd2Js5Yf0Ga' },
    { text: "$signature = hash_hmac('sha256', $payload, 'Wd5Lq8Kx3Tz1Pm6Rn9Bv4Hc7');", secret: 'Wd5Lq8Kx3Tz1Pm6Rn9Bv4Hc7' },
    { text: "signature = OpenSSL::HMAC.hexdigest('SHA256', 'Kz2Wq7Lx4Tm9Pn1Rv6Bd3Hc8', data)", secret: 'Kz2Wq7Lx4Tm9Pn1Rv6Bd3Hc8' },
    { text: 'SecretKeySpec spec = new SecretKeySpec("Hq6Wz1Lx8Tk3Pm5Rn2Bv9Dc4".getBytes(StandardCharsets.UTF_8), "HmacSHA256");', secret: 'Hq6Wz1Lx8Tk3Pm5Rn2Bv9Dc4' },
    { text: 'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Vn3Kq8Wz2Tx5Lm9Pr1Bc6Hd4Js7Yf0Ga"));', secret: 'Vn3Kq8Wz2Tx5Lm9Pr1Bc6Hd4Js7Yf0Ga' },
    { text: "f = Fernet(b'Xq4Tz9Lk2Wm7Pn1Rv6Bc3Hd8Js5Yf0GaUe2Ni7Ko4s=')", secret: 'Xq4Tz9Lk2Wm7Pn1Rv6Bc3Hd8Js5Yf0GaUe2Ni7Ko4s=' },
    // A payload nested three deep before the key is read past (arguments nest at most four deep).
    { text: "jwt.sign({ user: { roles: [ 'admin', 'ops' ] } }, 'Vr5#kT9qLm2Wx8Pz', { expiresIn: '1h' })", secret: 'Vr5#kT9qLm2Wx8Pz' },
    // Two calls on one line: the first one's arguments end where the second starts, and the second is read whole.
    { text: "const a = jwt.sign(claims, process.env.JWT_SECRET); const b = jwt.sign(refresh, 'Nt8@vB3pYc6Jd1Fq');", secret: 'Nt8@vB3pYc6Jd1Fq' },
  ],
  negative: [
    // The key from elsewhere: a variable, the environment, a file.
    'token = jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")',
    'jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: "1h" })',
    'mac := hmac.New(sha256.New, key)',
    "crypto.createHmac('sha256', secret).update(body)",
    // A literal that is no key there: the IV, the algorithm, a placeholder or a word.
    "crypto.createCipheriv('aes-256-cbc', key, 'Px3Kq8Wz1Tm6Ln9R')",
    "jwt.sign(payload, 'your-256-bit-secret')",
    "jwt.sign({ foo: 'bar' }, 'shhhhh')",
    "hmac.new(b'secret', msg, hashlib.sha256)",
    // A literal that is only part of the key.
    "jwt.sign(payload, 'Qm7tV2xK9pLw4Rz8Nc3Bj6Yd' + suffix)",
    'jwt.decode(token, options={"verify_signature": False})',
  ],
};
export default fixtures;
