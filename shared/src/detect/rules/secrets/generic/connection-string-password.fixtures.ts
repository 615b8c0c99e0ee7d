import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DATABASE_URL=postgres://app:Kq7vLx2pZr9W@db.internal:5432/app', secret: 'Kq7vLx2pZr9W' },
    { text: 'url = "postgresql+psycopg2://etl:hT4-wQ9zR2mK@10.0.3.12/warehouse"', secret: 'hT4-wQ9zR2mK' },
    { text: "MONGO_URI='mongodb+srv://api:Zr8xN3vQ1kLp@cluster0.ab12c.mongodb.net/prod?retryWrites=true'", secret: 'Zr8xN3vQ1kLp' },
    { text: '  REDIS_URL: redis://:Wm5tY8qB2nXc@cache:6379/0', secret: 'Wm5tY8qB2nXc' },
    { text: 'amqps://worker:B5JUqKgyLA@9%@mq.internal:5671/vhost', secret: 'B5JUqKgyLA@9%' },
    { text: 'spring.datasource.url=jdbc:mysql://svc:Tn6rV2xQ8pLw@mysql-0.db:3306/shop', secret: 'Tn6rV2xQ8pLw' },
    { text: 'broker = "kafka://ingest:Hy3nM9vK2qZt@kafka-1:9092,kafka-2:9092"', secret: 'Hy3nM9vK2qZt' },
    // Raw `#` and `@` in the password, as people type them.
    { text: 'DATABASE_URL=postgres://app:Xk9#mP2q@R7v@db.internal:5432/app', secret: 'Xk9#mP2q@R7v' },
    { text: 'psql "postgresql://app:Qm7#vLp2!wZr@db.internal:5432/orders" -c "select 1"', secret: 'Qm7#vLp2!wZr' },
    { text: 'DATABASE_URL="postgis://geo:Vq8#tLw2@Zr9xK@gis.internal:5432/tiles"', secret: 'Vq8#tLw2@Zr9xK' },
    // A `)` before the password's own `@` ends no host.
    { text: "uri: 'mongodb+srv://shop:Wq4x@83926)@cluster0-ab12c.mongodb.net/shop'", secret: 'Wq4x@83926)' },
    { text: 'WAREHOUSE_URL=redshift://etl:N7pQ2xLw9vRt@analytics.abc123.eu-west-1.redshift.amazonaws.com:5439/dev', secret: 'N7pQ2xLw9vRt' },
    // A plain password: the URL's syntax says what it is.
    { text: 'DATABASE_URL=postgres://shop:lanternfish@db.internal:5432/shop', secret: 'lanternfish' },
    // A weak password a dummy list holds is still someone's, in a URL to their cluster.
    { text: 'mongosh "mongodb+srv://ops:admin123@cluster0.x7k2p.mongodb.net/shop"', secret: 'admin123' },
    { text: 'redis-cli -u redis://:quokkabridge@cache.internal:6379/0 ping', secret: 'quokkabridge' },
  ],
  negative: [
    'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app',
    'postgres://user:password@localhost:5432/mydb',
    'mongodb://<username>:<password>@host:27017',
    'redis://:changeme@localhost:6379',
    'amqp://guest:guest@rabbitmq:5672/',
    'postgres://postgres:postgres@localhost/test',
    'mysql://root@localhost:3306/app',
    'mongodb://db1:27017,db2:27017/app?replicaSet=rs0',
    'mysql://admin:***@db.internal/app',
    'https://api:Kq7vLx2pZr9W@example.org/v1',
    'postgres://app:yourpassword@localhost:5432/app',
    'amqp://guest:changeme@rabbit:5672/',
    // An image's documented default.
    'postgresql://app:minioadmin@db/app',
  ],
};
export default fixtures;
