import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    // An export, a Markdown table, a console's tab-separated result: the header names the column.
    { text: 'name,email,api_key\nbilling-sync,ops@fabrikam.example,Qm7tV2xK9pLw4Rz8Nc3Bj6Yd\nreports,bi@fabrikam.example,Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1', secret: 'Qm7tV2xK9pLw4Rz8Nc3Bj6Yd' },
    { text: 'name,email,api_key\nbilling-sync,ops@fabrikam.example,Qm7tV2xK9pLw4Rz8Nc3Bj6Yd\nreports,bi@fabrikam.example,Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1', secret: 'Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1' },
    { text: '| service | token |\n|---|---|\n| ci | Zt6Pn1Xq8Lv3Wk5Rj9Mc2Hy4 |\n| deploy | Bv3Kx8Qm1Tz6Lp4Wn9Rd2Hs7 |', secret: 'Bv3Kx8Qm1Tz6Lp4Wn9Rd2Hs7' },
    { text: 'id\tlogin\tpassword\n1\tsvc_backup\tWq7!vR2mXz9L\n2\tsvc_report\tHn4%vQ8@kZ2w', secret: 'Wq7!vR2mXz9L' },
    { text: '"Account","Client Secret"\n"payments","Gx5Rm2Wq8Kt1Pz7Ln4Vb9Hc3"\n"search","Nq2Wz7Kx4Tm9Lp1Rv6Bd3Hs8"', secret: 'Gx5Rm2Wq8Kt1Pz7Ln4Vb9Hc3' },
    // A query's result as psql and MySQL's client print it, a rule between the header and the rows.
    {
      text: ' id |  name   |         api_key\n----+---------+--------------------------\n  1 | billing | Tq8Wz3Lx6Kp1Nm9Rv4Bd7Hc2\n  2 | reports | Jm5Rx2Wq9Lz4Tk7Pn1Vb8Hd3\n(2 rows)',
      secret: 'Jm5Rx2Wq9Lz4Tk7Pn1Vb8Hd3',
    },
    {
      text: '+----+---------+--------------------------+\n| id | name    | secret                   |\n+----+---------+--------------------------+\n|  1 | billing | Kx4Wq9Lz2Tm7Pn1Rv6Bd3Hc8 |\n+----+---------+--------------------------+',
      secret: 'Kx4Wq9Lz2Tm7Pn1Rv6Bd3Hc8',
    },
    // Values an INSERT puts in a column named for a secret, after words on its line that head no table.
    {
      text: "-- token list, see the ticket: INSERT INTO integrations (name, api_key) VALUES ('billing-sync', 'Jq7Wz2Lx9Kt4Pn1Rv6Bd3Hc8');",
      secret: 'Jq7Wz2Lx9Kt4Pn1Rv6Bd3Hc8',
    },
    { text: "INSERT INTO integrations (name, owner, api_key) VALUES ('billing-sync', 'ops', 'Rk4Wz9Lq2Tx7Pm1Nv6Bc3Hd8');", secret: 'Rk4Wz9Lq2Tx7Pm1Nv6Bc3Hd8' },
    {
      text: 'INSERT INTO oauth_clients (name, "client_secret")\nVALUES (\'payments\', \'Lm7Qx2Wz9Kt4Pn1Rv6Bd3Hc8\'),\n       (\'search\', \'Px3Kq8Wz1Tm6Ln9Rv4Bc7Hd2\');',
      secret: 'Px3Kq8Wz1Tm6Ln9Rv4Bc7Hd2',
    },
    // A PostgreSQL dump's rows, tab-separated under the COPY that names the columns.
    {
      text: 'COPY public.integrations (id, name, api_key, created_at) FROM stdin;\n1\tbilling\tWz8Kq3Lx6Tp1Nm9Rv4Bd7Hc2\t2024-01-12\n2\treports\tRm5Jx2Wq9Lz4Tk7Pn1Vb8Hd3\t2024-03-02\n\\.\n',
      secret: 'Rm5Jx2Wq9Lz4Tk7Pn1Vb8Hd3',
    },
  ],
  negative: [
    // Columns that name something else, values that are no secrets, and code that splits on commas.
    'id,key_id,public_key\n1,k-2024-01,Qm7tV2xK9pLw4Rz8Nc3Bj6Yd\n2,k-2024-02,Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1',
    'name,token_count\nsummarise,Qm7tV2xK9pLw4Rz8Nc3Bj6Yd\ntranslate,Hd4Lq9Wz2Tx7Np3Kv8Rm5Bc1',
    'user,password\nbob,changeme\nann,[REDACTED]',
    'key,value\nmax_connections,100\ntimeout,30',
    "assert.equal(obj.user.password, 'secret')\nassert.equal(obj.session.token, 'Qm7tV2xK9pLw4Rz8Nc3Bj6Yd')",
    'name,api_key\nbilling-sync,${BILLING_API_KEY}\nreports,<set in vault>',
    "INSERT INTO usage (name, token_count, cache_key) VALUES ('summarise', 1834, 'Rk4Wz9Lq2Tx7Pm1Nv6Bc3Hd8');",
    "INSERT INTO users (email, password) VALUES ('ann@example.com', crypt('x', gen_salt('bf')));",
    'COPY public.usage (id, name, token_count) FROM stdin;\n1\tsummarise\tWz8Kq3Lx6Tp1Nm9Rv4Bd7Hc2\n\\.\n',
    'COPY public.integrations (id, api_key) FROM stdin;\n\\.\n2\tRm5Jx2Wq9Lz4Tk7Pn1Vb8Hd3\n',
    // A rule under a header, then lines shaped otherwise.
    ' id | api_key\n----+---------\nthe keys were rotated; Tq8Wz3Lx6Kp1Nm9Rv4Bd7Hc2; see the runbook',
  ],
};
export default fixtures;
