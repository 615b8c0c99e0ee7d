import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'jdbc:mysql://db.internal:3306/shop?user=shop&password=Vq8xT2mK9pLz&useSSL=true', secret: 'Vq8xT2mK9pLz' },
    { text: 'url: "jdbc:sqlserver://sql01:1433;databaseName=erp;user=erp_app;password=Rm4!zX7q#Tn2;"', secret: 'Rm4!zX7q#Tn2' },
    { text: 'db.url=jdbc:oracle:thin:hr/Kp9wZ3xV7mQ2@//ora-prod:1521/ORCL', secret: 'Kp9wZ3xV7mQ2' },
  ],
  negative: [
    'jdbc:mysql://db:3306/shop?user=shop&password=${DB_PASSWORD}',
    'jdbc:postgresql://localhost:5432/app?user=app&password=password',
    'jdbc:sqlserver://sql01:1433;databaseName=erp;integratedSecurity=true;',
    'jdbc:oracle:thin:@//ora-prod:1521/ORCL',
  ],
};
export default fixtures;
