import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dckr_oat_jt4HbvR5krPDZG4sG71XpqZwfvakhp9T',
    { text: 'DOCKERHUB_TOKEN=dckr_oat_y-353-tMl-b9eEdEQzM8-0dG3yqY83uj', secret: 'dckr_oat_y-353-tMl-b9eEdEQzM8-0dG3yqY83uj' },
    { text: '{"docker_password": "dckr_oat_ayuWNqPbWxHLERa035NYyz2M9ys5K1tS", "region": "eu-west-1"}', secret: 'dckr_oat_ayuWNqPbWxHLERa035NYyz2M9ys5K1tS' },
    { text: '  docker_password: dckr_oat_s_Duj9gq45vaEupGDnkjKXNS6OQ72n4G', secret: 'dckr_oat_s_Duj9gq45vaEupGDnkjKXNS6OQ72n4G' },
    { text: 'export DOCKERHUB_TOKEN="dckr_oat_6e1l0jjl20gcGgRcgXKg92nQye9cS8K5"', secret: 'dckr_oat_6e1l0jjl20gcGgRcgXKg92nQye9cS8K5' },
    { text: 'const dockerPassword = \'dckr_oat_FMIMDiejzjKLgD4UErp88_u1ZlM6GYQB\';', secret: 'dckr_oat_FMIMDiejzjKLgD4UErp88_u1ZlM6GYQB' },
  ],
  negative: [
    'DOCKERHUB_TOKEN=dckr_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOCKERHUB_TOKEN=<your-docker-hub-oat>',
    'DOCKERHUB_TOKEN=${DOCKERHUB_TOKEN}',
    'DOCKERHUB_TOKEN=dckr_oat_78Bb021K_fIkgcpxqA9vy676YVakf',
    'DOCKERHUB_TOKEN=dckr_oat_6Ar_SfUXjpCk2kIQgG-K9OPpNgZwIR62tsv',
  ],
};
export default fixtures;
