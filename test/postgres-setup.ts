// Starts one real PostgreSQL server for the whole test run (the org server's stores and replicas are tested on
// it as well as on SQLite); each test creates its own database there. A server of your own can be used instead
// by setting PROMPTGATE_TEST_POSTGRES_URL to a URL whose user may create databases.
import { startPostgresCluster } from '../server/src/testing/postgres-cluster';
import { TEST_POSTGRES_ENV } from '../server/src/testing/engines';

export default async function setup(): Promise<() => void> {
  if (process.env[TEST_POSTGRES_ENV]) return () => undefined;
  const cluster = await startPostgresCluster();
  process.env[TEST_POSTGRES_ENV] = cluster.url('postgres');
  return () => cluster.stop();
}
