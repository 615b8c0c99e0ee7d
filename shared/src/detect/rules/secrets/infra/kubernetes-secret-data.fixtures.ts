import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    {
      text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: WGs5IW1QMnEjUjd2\n',
      secret: 'WGs5IW1QMnEjUjd2',
    },
    {
      // `kubectl get secret -o yaml` prints `data` before `kind`.
      text: 'apiVersion: v1\ndata:\n  DATABASE_URL: cG9zdGdyZXM6Ly9kZXBsb3k6dEJ1UGpzY2RpT3hEOHVjOUBwZy5pbnRlcm5hbDo1NDMyL2FwcA==\n  PORT: ODA4MA==\nkind: Secret\nmetadata:\n  name: api\n',
      secret: 'cG9zdGdyZXM6Ly9kZXBsb3k6dEJ1UGpzY2RpT3hEOHVjOUBwZy5pbnRlcm5hbDo1NDMyL2FwcA==',
    },
    {
      text: '---\nkind: Secret\napiVersion: v1\nmetadata:\n  name: stripe\nstringData:\n  webhook-signing: "Zq7xT9vLp2zRk8Wn4yBqH3"\n',
      secret: 'Zq7xT9vLp2zRk8Wn4yBqH3',
    },
    {
      text: '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "data": {\n    "api-token": "cTltWjJ4UjduTDRrVzh2VDNi"\n  }\n}',
      secret: 'cTltWjJ4UjduTDRrVzh2VDNi',
    },
  ],
  negative: [
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: YWRtaW4=\n  host: ZGIuaW50ZXJuYWw=\n  port: NTQzMg==\n',
    'apiVersion: v1\nkind: Secret\ndata:\n  password: cGFzc3dvcmQ=\n  token: JHtUT0tFTn0=\n',
    'apiVersion: v1\nkind: ConfigMap\ndata:\n  LOG_LEVEL: ZGVidWc=\n  SESSION_TTL: MzYwMA==\n',
    'apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFLSGJ3NmVvWEtlQk1Bb0dDQ3FHU000OUJBTUNNQlF4RWpBUUJnTlZCQU1NQ1d4dlkyRnNhRzl6ZERBZUZ3MHlNekF4TURFd01EQXdNREJhRncwek16QXhNREV3TURBd01EQmFNQlF4RWpBUUJnTlZCQU1NQ1d4dlkyRnNhRzl6ZERCWk1CTUdCeXFHU000OUFnRUdDQ3FHU000OUF3RUhBMElBQkRlU0VhYmNk\n',
    'kind: SecretStore\nspec:\n  provider:\n    vault:\n      data:\n        token: WGs5IW1QMnEjUjd2\n',
  ],
};
export default fixtures;
