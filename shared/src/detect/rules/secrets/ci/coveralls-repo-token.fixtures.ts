import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'COVERALLS_REPO_TOKEN=6SsHdM2M1SCCumFtZBiti2p4UkIoTzWXBt2', secret: '6SsHdM2M1SCCumFtZBiti2p4UkIoTzWXBt2' },
    { text: '{"coveralls_repo_token": "4wJLD049lyeXi6idnZ08UsJdJOqqPb0WdiR", "region": "eu-west-1"}', secret: '4wJLD049lyeXi6idnZ08UsJdJOqqPb0WdiR' },
    { text: '  coveralls_repo_token: e82E4oXGFjC0rbueQh0ZM4olPeCymVL0gKL', secret: 'e82E4oXGFjC0rbueQh0ZM4olPeCymVL0gKL' },
    { text: 'export COVERALLS_REPO_TOKEN="7XXalgZNJ1G1BAv22KYkZs5bqnmsibYwMdu"', secret: '7XXalgZNJ1G1BAv22KYkZs5bqnmsibYwMdu' },
    { text: 'const coverallsRepoToken = \'9OkV4hknLxa4vSFJYwx624kDFgVWc6HU4Oh\';', secret: '9OkV4hknLxa4vSFJYwx624kDFgVWc6HU4Oh' },
  ],
  negative: [
    'COVERALLS_REPO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'COVERALLS_REPO_TOKEN=<your-coveralls-repo-token>',
    'COVERALLS_REPO_TOKEN=${COVERALLS_REPO_TOKEN}',
    'checksum: nWGZoHftmv23R0qTXb4skXW6CODuHAxXzdd',
    'const ref = "bnu7uk0jXNWzdHDRqJHqH636E8W04CvrqQi";',
  ],
};
export default fixtures;
