import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'EAAAwbH7_qGEbXfrHhZurQSJ6ivvA3YQdptdEztfGUHkIoqlpUzPsWkrpVxP0tWK',
    { text: 'SQUARE_ACCESS_TOKEN=EAAAyUbp80IQk1zv46I4mgJAj8F-j6N38BRVtuY27D5hhUNz1PLhtVpqYsyYNNV-', secret: 'EAAAyUbp80IQk1zv46I4mgJAj8F-j6N38BRVtuY27D5hhUNz1PLhtVpqYsyYNNV-' },
    { text: '{"square_access_token": "EAAAwIDf67l8YM1j_D5gb_CHdaV78RwfcbNOONCq-nGcjAF2JmyZjqHerVaehqqi"}', secret: 'EAAAwIDf67l8YM1j_D5gb_CHdaV78RwfcbNOONCq-nGcjAF2JmyZjqHerVaehqqi' },
    { text: 'square_access_token: EAAAseh6mizUs2WFFegGDEtXYwfe1nXnpFa5uuQGxTJYUHZgpokBGRQd8ar6Qdi0', secret: 'EAAAseh6mizUs2WFFegGDEtXYwfe1nXnpFa5uuQGxTJYUHZgpokBGRQd8ar6Qdi0' },
    { text: 'export SQUARE_ACCESS_TOKEN="EAAAeMYPskeErXslvPcwnVu9Mgd4YsZvzaXwshce4looMmUOEmcuK92ZH1X5g1ZI"', secret: 'EAAAeMYPskeErXslvPcwnVu9Mgd4YsZvzaXwshce4looMmUOEmcuK92ZH1X5g1ZI' },
    { text: 'const squareAccessToken = \'EAAAf9OWagHAuRPNpYLjetssw9iD7lhoDZL8gOQkSHaRCA3CYBjglNSANFwGRhHb\';', secret: 'EAAAf9OWagHAuRPNpYLjetssw9iD7lhoDZL8gOQkSHaRCA3CYBjglNSANFwGRhHb' },
  ],
  negative: [
    'SQUARE_ACCESS_TOKEN=EAAAxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxx',
    'SQUARE_ACCESS_TOKEN=${SQUARE_ACCESS_TOKEN}',
    'SQUARE_ACCESS_TOKEN=<your-square-access-token>',
    'SQUARE_ACCESS_TOKEN=EAAAdhkKl-r7E1U6RDkUBzIOWbwSEEMpAvERNelb85qkCMzuV-PiDEOXZTEBcmh9mh9',
    'SQUARE_ACCESS_TOKEN=EAAAdhkKl-r7E1U6RDkUBzIOWbwSEEMpAvERNelb85qkCMzuV-PiDEOXZTEBc',
  ],
};
export default fixtures;
