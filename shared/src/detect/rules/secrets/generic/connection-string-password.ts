import { userinfoPasswordRule } from './url';

const SCHEMES = [
  'postgres(?:ql)?', 'pgsql', 'mysql', 'mysqlx', 'mariadb', 'mongodb(?:\\+srv)?', 'rediss?', 'valkey', 'amqps?',
  'mssql', 'sqlserver', 'oracle', 'cockroach(?:db)?', 'clickhouse', 'kafka', 'nats', 'ldaps?', 's?ftp', 'ftps',
  'smtps?', 'imaps?', 'pop3s?', 'couchdb', 'neo4j(?:\\+s)?', 'bolt', 'influxdb', 'cassandra', 'memcached',
  'elasticsearch', 'db2', 'snowflake', 'sqlalchemy', 'mqtts?', 'stomp', 'ssh', 'scp', 'rsync', 'smb', 'cloudinary',
].join('|');

/** `postgres://app:S3cret@db:5432/app`, `mongodb+srv://...`, `redis://:pw@cache:6379`; the password only. */
export const connectionStringPassword = userinfoPasswordRule(
  'connection-string-password',
  'Database or service connection string password',
  SCHEMES,
  0.75,
);
