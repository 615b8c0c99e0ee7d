/**
 * Credentials inside connection strings, URLs and HTTP headers, plus generic `password=`/`api_key:`
 * assignments. The labelled value is the password or token itself, not the whole string around it.
 */
import { b64 } from '../codec';
import { embedded, header, same, tok, type Sample, type SecretFormat } from '../format';
import { B62, B64URL, LOWER, LOWER_NUM, type Rng } from '../rng';

/** A random password safe to place in a URL userinfo without percent-encoding. */
function urlPassword(r: Rng): string {
  return r.s(B62 + '-_.~', r.int(14, 28));
}

/** A random password with the punctuation people put in passwords (no quotes, no `;`). */
function password(r: Rng): string {
  let pw = r.s(B62 + '!#$%^*-_+=?', r.int(12, 26));
  // Make sure there is some variety: at least one digit and one symbol, as password policies demand.
  pw = pw.slice(0, -2) + r.s('0123456789', 1) + r.s('!#%^*-_+=?', 1);
  return pw;
}

const USERS = ['app', 'admin', 'svc_backend', 'deploy', 'readonly', 'etl_user', 'root', 'django'];
const HOSTS = [
  'db.internal.acme.io',
  'prod-db-1.cluster-c9x2.eu-west-1.rds.amazonaws.com',
  'pg.railway.internal',
  'mysql-primary.svc.cluster.local',
  '10.20.3.14',
  'analytics-db.corp.net',
];

function url(scheme: string, port: number, path: (r: Rng) => string): (r: Rng) => Sample {
  return (r) => {
    const pw = urlPassword(r);
    return { display: `${scheme}://${r.pick(USERS)}:${pw}@${r.pick(HOSTS)}:${port}${path(r)}`, value: pw };
  };
}

const dbName = (r: Rng): string => '/' + r.pick(['orders', 'app_production', 'analytics', 'users', 'inventory']);

export const connection: SecretFormat[] = [
  embedded('postgres-connection-string', 'DATABASE_URL', url('postgres', 5432, dbName)),
  embedded(
    'postgresql-connection-string',
    'DATABASE_URL',
    url('postgresql', 5432, (r) => dbName(r) + '?sslmode=require'),
  ),
  embedded('sqlalchemy-connection-string', 'SQLALCHEMY_DATABASE_URI', url('postgresql+psycopg2', 5432, dbName)),
  embedded('mysql-connection-string', 'MYSQL_URL', url('mysql', 3306, dbName)),
  embedded(
    'mongodb-connection-string',
    'MONGO_URL',
    url('mongodb', 27017, (r) => dbName(r) + '?authSource=admin'),
  ),
  embedded('mongodb-srv-connection-string', 'MONGODB_URI', (r) => {
    const pw = urlPassword(r);
    return { display: `mongodb+srv://${r.pick(USERS)}:${pw}@cluster0.${r.s(LOWER_NUM, 5)}.mongodb.net/${r.pick(['test', 'prod'])}?retryWrites=true&w=majority`, value: pw };
  }),
  embedded('redis-connection-string', 'REDIS_URL', (r) => {
    const pw = urlPassword(r);
    const user = r.pick(['', 'default']);
    return { display: `${r.pick(['redis', 'rediss'])}://${user}:${pw}@${r.pick(HOSTS)}:6379/0`, value: pw };
  }),
  embedded(
    'amqp-connection-string',
    'RABBITMQ_URL',
    url('amqps', 5671, () => '/vhost'),
  ),
  embedded('mssql-connection-string', 'MSSQL_URL', url('mssql', 1433, dbName)),
  embedded('clickhouse-connection-string', 'CLICKHOUSE_URL', url('clickhouse', 9440, dbName)),
  embedded(
    'neo4j-connection-string',
    'NEO4J_URI',
    url('neo4j+s', 7687, () => ''),
  ),
  embedded(
    'ftp-url-with-password',
    'FTP_URL',
    url('ftp', 21, () => '/uploads'),
  ),
  embedded(
    'smtp-url-with-password',
    'EMAIL_URL',
    url('smtp', 587, () => ''),
  ),
  embedded('ado-net-connection-string', 'ConnectionStrings__Default', (r) => {
    const pw = password(r);
    return {
      display: `Server=tcp:${r.pick(['sql-prod', 'acme-sql'])}.database.windows.net,1433;Initial Catalog=${r.pick(['Orders', 'Crm'])};Persist Security Info=False;User ID=${r.pick(USERS)};Password=${pw};Encrypt=True;Connection Timeout=30;`,
      value: pw,
    };
  }),
  embedded('jdbc-mysql-connection-string', 'SPRING_DATASOURCE_URL', (r) => {
    const pw = urlPassword(r);
    return { display: `jdbc:mysql://${r.pick(HOSTS)}:3306${dbName(r)}?user=${r.pick(USERS)}&password=${pw}&useSSL=true`, value: pw };
  }),
  embedded('jdbc-postgresql-connection-string', 'JDBC_URL', (r) => {
    const pw = urlPassword(r);
    return { display: `jdbc:postgresql://${r.pick(HOSTS)}:5432${dbName(r)}?user=${r.pick(USERS)}&password=${pw}`, value: pw };
  }),
  embedded('jdbc-sqlserver-connection-string', 'JDBC_URL', (r) => {
    const pw = password(r);
    return { display: `jdbc:sqlserver://${r.pick(HOSTS)}:1433;databaseName=${r.pick(['orders', 'crm'])};user=${r.pick(USERS)};password=${pw};encrypt=true`, value: pw };
  }),
  embedded('jdbc-oracle-connection-string', 'ORACLE_URL', (r) => {
    const pw = urlPassword(r);
    return { display: `jdbc:oracle:thin:${r.pick(USERS)}/${pw}@${r.pick(HOSTS)}:1521:ORCL`, value: pw };
  }),
  embedded('kafka-sasl-jaas-config', 'KAFKA_SASL_JAAS_CONFIG', (r) => {
    const pw = r.s(B62 + '+/', 64);
    return { display: `org.apache.kafka.common.security.plain.PlainLoginModule required username="${r.s(B62, 16).toUpperCase()}" password="${pw}";`, value: pw };
  }),
  embedded('basic-auth-url', 'REGISTRY_URL', (r) => {
    const pw = urlPassword(r);
    return {
      display: `https://${r.pick(USERS)}:${pw}@${r.pick(['artifacts.acme.io', 'nexus.corp.net', 'es.internal'])}/${r.pick(['repository/maven-releases/', 'api/v2/', ''])}`,
      value: pw,
    };
  }),
  embedded('elasticsearch-url-with-password', 'ELASTICSEARCH_URL', (r) => {
    const pw = r.s(B62, 24);
    return { display: `https://elastic:${pw}@${r.s(LOWER_NUM, 12)}.us-east-1.aws.found.io:9243`, value: pw };
  }),
  header('authorization-bearer-token', 'Authorization', (r) => {
    const token = r.pick([r.s(B62, 40), r.s(B64URL, 48), r.hex(64)]);
    return { display: 'Bearer ' + token, value: token };
  }),
  header('authorization-basic-credentials', 'Authorization', (r) => {
    const creds = b64(`${r.pick(USERS)}:${password(r)}`);
    return { display: 'Basic ' + creds, value: creds };
  }),
  header('authorization-token-header', 'Authorization', (r) => {
    const token = r.hex(40);
    return { display: 'token ' + token, value: token };
  }),
  header('x-api-key-header', 'X-API-Key', (r) => same(r.s(B62, r.int(32, 48)))),
  tok('generic-password', 'DB_PASSWORD', password),
  tok('generic-password-field', 'password', password),
  tok('generic-api-key', 'API_KEY', (r) => r.s(B62, r.int(32, 40))),
  tok('generic-api-key-camel', 'apiKey', (r) => r.s(B64URL, r.int(32, 44))),
  tok('generic-client-secret', 'client_secret', (r) => r.s(B64URL, 40)),
  tok('generic-secret-key', 'SECRET_KEY', (r) => r.hex(64)),
  tok('generic-auth-token', 'AUTH_TOKEN', (r) => r.s(B62, 48)),
  tok('generic-access-token', 'access_token', (r) => r.s(B64URL, 56)),
  tok('generic-webhook-secret', 'WEBHOOK_SECRET', (r) => r.s(B62, 32)),
  tok('jwt-signing-secret', 'JWT_SECRET', (r) => r.s(B62 + '!@#$%^&*', 48)),
  tok('django-secret-key', 'SECRET_KEY', (r) => 'django-insecure-' + r.s(LOWER + '0123456789!@#$%^&*(-_=+)', 50)),
  tok('rails-secret-key-base', 'SECRET_KEY_BASE', (r) => r.hex(128)),
  tok('laravel-app-key', 'APP_KEY', (r) => 'base64:' + b64(r.bytes(32))),
  tok('nextauth-secret', 'NEXTAUTH_SECRET', (r) => b64(r.bytes(32))),
];
