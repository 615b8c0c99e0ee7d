import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/EkcR7XYwApSo5MdBk0OU1ykQdT3N6H7RbhFdkOSN2wJzmwdxb92REqxHKP9_gD0QEUFgyE3p6-oqdVrWAKDvAXhPrn4fa3r17lrm==', secret: 'EkcR7XYwApSo5MdBk0OU1ykQdT3N6H7RbhFdkOSN2wJzmwdxb92REqxHKP9_gD0QEUFgyE3p6-oqdVrWAKDvAXhPrn4fa3r17lrm==' },
    { text: 'SUMO_HTTP_SOURCE=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/w-LLE6VD7zs46KMTuAxhrZoCeNcpviwxoPIJc8rkghbrl_Z6B8ioWLxhnT0M_k4XDXSFb7ChAk96nHpRqQmrLNMxGuHy1LcI_UjW==', secret: 'w-LLE6VD7zs46KMTuAxhrZoCeNcpviwxoPIJc8rkghbrl_Z6B8ioWLxhnT0M_k4XDXSFb7ChAk96nHpRqQmrLNMxGuHy1LcI_UjW==' },
    { text: '{"sumo_http_source": "https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/LWQoxhG_6S3qRaE79UJxkv32jJIIuK2A49tF9MC0vE0h1FNjvVVYbx89f8x2jdo5CaMXBCdNf1NBjuneCDxbNka4AIMN7bFWRhVi=="}', secret: 'LWQoxhG_6S3qRaE79UJxkv32jJIIuK2A49tF9MC0vE0h1FNjvVVYbx89f8x2jdo5CaMXBCdNf1NBjuneCDxbNka4AIMN7bFWRhVi==' },
    { text: 'sumo_http_source: https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/z52v9wsCf9VyH62rJDG8rTSCYohwIP6SHFlHMiLGa-ETRoB0d980SMD_RlgxGEjgYm7AUrIP5jJT5IXzFBI4uhkOtMfpOb3Adjdb==', secret: 'z52v9wsCf9VyH62rJDG8rTSCYohwIP6SHFlHMiLGa-ETRoB0d980SMD_RlgxGEjgYm7AUrIP5jJT5IXzFBI4uhkOtMfpOb3Adjdb==' },
    { text: 'export SUMO_HTTP_SOURCE="https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/cEcjDR00tP1-64peoW_u3kMSklTDNIs8GvoTYCXbEUcu3xOJF8kpskwuu2LapgoCorUJaWw3H6XWjaVb63_UX_mu_WbnpXzAj2jK=="', secret: 'cEcjDR00tP1-64peoW_u3kMSklTDNIs8GvoTYCXbEUcu3xOJF8kpskwuu2LapgoCorUJaWw3H6XWjaVb63_UX_mu_WbnpXzAj2jK==' },
    { text: 'const sumoHttpSource = \'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/nSatpx5yQx58js2-Nd85Q_GljR0-90CCRwwk1_cA4C_Txyq3tMsb15yDrHV-jX7OupbZLPWjYG4k8lyRa0hcennzRkLAScn6BJFC==\';', secret: 'nSatpx5yQx58js2-Nd85Q_GljR0-90CCRwwk1_cA4C_Txyq3tMsb15yDrHV-jX7OupbZLPWjYG4k8lyRa0hcennzRkLAScn6BJFC==' },
  ],
  negative: [
    'SUMO_HTTP_SOURCE=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
    'SUMO_HTTP_SOURCE=${SUMO_HTTP_SOURCE}',
    'SUMO_HTTP_SOURCE=<your-sumologic-http-source-url>',
  ],
};
export default fixtures;
