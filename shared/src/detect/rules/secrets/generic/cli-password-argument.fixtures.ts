import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: "$ mysql -h 10.0.3.7 -u root -p'S3cure!Pass2024' -e 'show databases'", secret: 'S3cure!Pass2024' },
    { text: '$ mariadb -h db.internal -u admin -pRdAOKJVBMQa1FL2AeunmP2 orders', secret: 'RdAOKJVBMQa1FL2AeunmP2' },
    { text: "sshpass -p 'Wm5%tY8q!B2n' ssh deploy@10.0.4.12", secret: 'Wm5%tY8q!B2n' },
    { text: '$ docker login -u deploy -p d0739e3b-f267-401b-9004-c94dbe9d75ff docker.io', secret: 'd0739e3b-f267-401b-9004-c94dbe9d75ff' },
    { text: '$ vault login 3LKrKsUqfOz7keUQ4EjKyqEB2ZdA6rNq49BO4s3hS4CKfQ1Noxy6lCdpxNCTDM1h', secret: '3LKrKsUqfOz7keUQ4EjKyqEB2ZdA6rNq49BO4s3hS4CKfQ1Noxy6lCdpxNCTDM1h' },
    { text: '$ gh auth login --with-token <<< 1dd1b7ade5b434c4b56acbc8d240c48b-da3e9db9-b1132364', secret: '1dd1b7ade5b434c4b56acbc8d240c48b-da3e9db9-b1132364' },
  ],
  negative: [
    'mysql -u root -p shop < dump.sql',
    'mysql -h db -P 3306 -u app -p$MYSQL_PWD app',
    'docker login -u deploy --password-stdin ghcr.io',
    'docker run -p 8080:8080 nginx',
    'npm login --registry https://registry.npmjs.org',
    'Please login to continue and choose a password.',
    '2024-05-01T10:22:31Z INFO user login 9f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d accepted',
    'mysqldump -u backup -ppassword123 shop',
  ],
};
export default fixtures;
