import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LIGHTSTEP_ACCESS_TOKEN=aVcZMJGdQlIzgBN1jQ6oICJNTW6V3MAp9U6OrxHgqLks4l54TWBWqu6SfqLp9e6d2kJlKYhAsUzRfnV5sSHs', secret: 'aVcZMJGdQlIzgBN1jQ6oICJNTW6V3MAp9U6OrxHgqLks4l54TWBWqu6SfqLp9e6d2kJlKYhAsUzRfnV5sSHs' },
    { text: '{"lightstep_access_token": "ec4YquebtRIxN6P6+IGh5XFY5r8/9/XDxonNEzOlFWENGKJ/jLp9tEWNd8RveW500esSNhfdiT2rFjhKdzrm"}', secret: 'ec4YquebtRIxN6P6+IGh5XFY5r8/9/XDxonNEzOlFWENGKJ/jLp9tEWNd8RveW500esSNhfdiT2rFjhKdzrm' },
    { text: 'lightstep_access_token: DdFXsNfVofZ3HH8wOxZnzv+6X12QPxfSsyrpunGxFvOWViZAv3J74wgN8Pd/JQHaao1IsUnmxZfSDB5YYP2r', secret: 'DdFXsNfVofZ3HH8wOxZnzv+6X12QPxfSsyrpunGxFvOWViZAv3J74wgN8Pd/JQHaao1IsUnmxZfSDB5YYP2r' },
    { text: 'export LIGHTSTEP_ACCESS_TOKEN="Gx/qzqRzj/N5pocKdMAJpmap0OP1qtepzUpw10uOJuRJrT/vfiWZLcdL0Ytf2C1fQmaVGnrSMpMcezYiP+16"', secret: 'Gx/qzqRzj/N5pocKdMAJpmap0OP1qtepzUpw10uOJuRJrT/vfiWZLcdL0Ytf2C1fQmaVGnrSMpMcezYiP+16' },
    { text: 'const lightstepAccessToken = \'qt6sLw05GhVrqceJVa8Br9mgs3o2PEnTGiKhwDrM5GNmGLrxwQ7r6vBJ4cVmdhrulKHoLqmCD3IBHR7WG2O4\';', secret: 'qt6sLw05GhVrqceJVa8Br9mgs3o2PEnTGiKhwDrM5GNmGLrxwQ7r6vBJ4cVmdhrulKHoLqmCD3IBHR7WG2O4' },
  ],
  negative: [
    'LIGHTSTEP_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LIGHTSTEP_ACCESS_TOKEN=${LIGHTSTEP_ACCESS_TOKEN}',
    'LIGHTSTEP_ACCESS_TOKEN=<your-lightstep-access-token>',
    '"etag": "HeU4ZH9pzegnmoWAkh1POy1MXo0URZMKgOQ8xuThgtzq8XypXQz9JCgX9CbwTuyVdH353e7M961E7EsT3cGe"',
    'token: i0hzRcsrtmxadjB1bmOl+wrSC27FBepqsuT6BuT3po8seJAvCzu9/92TQQYiiPERvnLFByusgV2tdML7VLOT',
  ],
};
export default fixtures;
