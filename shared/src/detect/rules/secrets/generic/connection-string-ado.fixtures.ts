import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    {
      text: '"DefaultConnection": "Server=tcp:erp-sql.database.windows.net,1433;Initial Catalog=erp;User ID=erpadmin;Password=Xr7#kP2v!Lq9;Encrypt=True;"',
      secret: 'Xr7#kP2v!Lq9',
    },
    { text: 'Driver={ODBC Driver 18 for SQL Server};Server=sql01;Uid=etl;Pwd={Tz4;mW8q+Rn2};', secret: 'Tz4;mW8q+Rn2' },
    { text: 'conn = "Data Source=ora01;User Id=app; Password = Hq5vN8xZ2kLm ;"', secret: 'Hq5vN8xZ2kLm' },
    { text: 'Server=sql01;Database=shop;User Id=shop_rw;Password=marmalade;', secret: 'marmalade' },
  ],
  negative: [
    'Server=sql01;Database=erp;User Id=app;Password=<password>;',
    'Server=sql01;Database=erp;User Id=app;Password=${SQL_PASSWORD};',
    'Server=sql01;Database=erp;Trusted_Connection=True;',
    'Server=sql01;Database=erp;User Id=sa;Password=password;',
    'Reset your Password=easy; we send a link',
    'Server=sql01;Database=shop;User Id=shop_rw;Password=myPassword;',
  ],
};
export default fixtures;
