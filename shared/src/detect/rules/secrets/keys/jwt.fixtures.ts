import type { RuleFixtures } from '../../../rule';

// Synthetic tokens: random signatures, invented claims.
const HS256 = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfN1FrMiIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoxNzE4MDAzNjAwfQ.fA8glm974Wx77xzaqcdiAIrFJFw4blHsMOqzXwzdwIQ";
const RS256 =
  "eyJhbGciOiJSUzI1NiIsImtpZCI6ImstMjAyNDA2MTEiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1pbnRlcm5hbC5pby8iLCJhdWQiOiJiaWxsaW5nLWFwaSIsInN1YiI6InN2Yy1iYXRjaCIsInNjb3BlIjoiaW52b2ljZXM6d3JpdGUiLCJpYXQiOjE3MTgwMDAwMDAsImV4cCI6MTcxODA4NjQwMH0.fID9wV7y_E5xr_RMvEQZSD3CUR9Y0dEg8u-RztbyUZrZcw_b3cn3XsD62fgKKMnkFwl7PSri0Lqe2yXBsAab4SGrmSXRbxu-rdtwN21tatm8-8tYvQ2opBxFTo0djmbUcub5Kl2q0B_wNykN-qT9p5Uda5v43ekPMPOmGrF-wXAz9UOlLKuPds7LWiUeXt0pe_HK26vJAhR6IH8AluKF-9m_zFrFe_OfKKJF7-hOOgVgNqA-gJqBjuHexuyn_tCLfVerUbsb84QTxaPyNklCk46p92Dcr_vZYJvnSMWcSpHWqXqqM4dyNxrLaKFtXl3YT7GIysEBp2HA36rp4AP65g";
const JWE =
  "eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.YmAY0-kN4oRjifpoQrSCuEWuIkbdnoX8tXRzphqy6i9OWM9hMzBDIeeM-2X6uYfbnU112-7MowO023DKWkF5WknUoUOoPRs1Ekf4cXhGN4l4KEpUlQpIq1mXnfxv0xPI7_2Wb_VPIHQvPEOXUOWIWBUC_q939VTSENLaTFc0vzhU0MWcHXkBOlyc9NN2tZyhnGmdTiMNZZB459fbgTaAhJUmCcvVBIk-eqYV5H2W1aHw-wfJifa2_hNqk1pxWcYOVUvo2aDS1WTYH7caBnZHqG5MB8dEwWgr3eEBv215lu0McdfziVUvtEJTydXPRKuKmIODrPnNK6JW6eGlqKzXeA.AaMqm6NtfGkry-tu.VoRyosuwD_B9GVIn43z_JXYcLo4TxHgE29mHpzylSjshUV1_p7XXN6JqY1Q4aYgO336KuhGGRgBdIJApyzvaF2W032SLjNhvyOIfyoOK5aENlpgGy2MqWUMdeq-yk1LPJZTFCh7AoJ1VHMbXvU1Ba9AfH95g5815.GsytqOHcR_hvdgBO3o78eA";

const fixtures: RuleFixtures = {
  positive: [
    HS256,
    { text: `curl -H "Authorization: Bearer ${RS256}" https://billing.acme-internal.io/v1/invoices`, secret: RS256 },
    { text: `{"access_token":"${HS256}","token_type":"Bearer","expires_in":3600}`, secret: HS256 },
    { text: `Set-Cookie: session=${HS256}; Path=/; HttpOnly`, secret: HS256 },
    { text: `The token ${HS256}. expired yesterday`, secret: HS256 },
    { text: `open https://app.acme-internal.io/magic/${HS256}/confirm to sign in`, secret: HS256 },
    JWE,
  ],
  negative: [
    // The jwt.io sample token.
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // Unsigned (alg: none).
    "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ1c3JfN1FrMiJ9.",
    // Header without alg.
    "eyJ0eXAiOiJKV1QiLCJmb28iOiJiYXIifQ.eyJzdWIiOiJ1c3JfN1FrMiIsImlhdCI6MTcxODAwMDAwMH0.tJkHDRyH5WJKun2VifdAFPoEl_eyRH9C0qmWcB9lf-8",
    // Documentation token with an example.com issuer.
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUuY29tIiwic3ViIjoiYWxpY2UifQ.amvxMza1nconJNaHnGSM8y3qtAsMNMqSj4KaoDOX7U8",
    'eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>',
    'const token = "eyJ..." // paste your JWT here',
  ],
};
export default fixtures;
