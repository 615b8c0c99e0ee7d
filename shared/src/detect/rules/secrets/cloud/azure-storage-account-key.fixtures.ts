import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AZURE_STORAGE_KEY=rySI5zVXY1Ij3XQaydVBOrIbDuU02z07JSmYFMK72UbBIkBJfuOBawnk6YA5xLSxVWRs2WocYtBdE5nj1e09/g==', secret: 'rySI5zVXY1Ij3XQaydVBOrIbDuU02z07JSmYFMK72UbBIkBJfuOBawnk6YA5xLSxVWRs2WocYtBdE5nj1e09/g==' },
    { text: '{"storage_account_key": "NqtvSQhBcLI6WTWszCBNhBKXEM6aq72svXYEorx9qJ1iCAKxgvb+YKnoJPit/GBJkp5td0incl/lbguKoN9+Dw==", "region": "eu-west-1"}', secret: 'NqtvSQhBcLI6WTWszCBNhBKXEM6aq72svXYEorx9qJ1iCAKxgvb+YKnoJPit/GBJkp5td0incl/lbguKoN9+Dw==' },
    { text: '  storage_account_key: jMiN/tjCXba3Nguj/JCxzp45XqS++3Rv6iiJjLSSpGXhsxZWUeZMm4ie4n6Yh9kEFOOEyBSOwOcH+d0pYNlqfA==', secret: 'jMiN/tjCXba3Nguj/JCxzp45XqS++3Rv6iiJjLSSpGXhsxZWUeZMm4ie4n6Yh9kEFOOEyBSOwOcH+d0pYNlqfA==' },
    { text: 'export AZURE_STORAGE_KEY="3u+IUrzRZKNBDseq6rSngcUyj4OHE0BM3ujtgeavKI7Wwt1kk2VaP0nz2s9z9fj5HCS5mTi5PuC0t+6wR3kGuw=="', secret: '3u+IUrzRZKNBDseq6rSngcUyj4OHE0BM3ujtgeavKI7Wwt1kk2VaP0nz2s9z9fj5HCS5mTi5PuC0t+6wR3kGuw==' },
    { text: 'const storageAccountKey = \'dGNwID3Dlzj1lARU5fals49uRGtSO1SNeBTjTkEW1/taWDlJDVqFM3mFubaK4gxjNAG4FbnFJeEsdtmv43jnMw==\';', secret: 'dGNwID3Dlzj1lARU5fals49uRGtSO1SNeBTjTkEW1/taWDlJDVqFM3mFubaK4gxjNAG4FbnFJeEsdtmv43jnMw==' },
    { text: 'DefaultEndpointsProtocol=https;AccountName=invoicesprod;AccountKey=PEVHLfIib+NYdegEQ1AlAK4hl4t4goM6oFtbAZ+YojLOkSGsPfbPFfL4evU0h8FpZakvjI3ypG4Hyb/MBcxIpA==;EndpointSuffix=core.windows.net', secret: 'PEVHLfIib+NYdegEQ1AlAK4hl4t4goM6oFtbAZ+YojLOkSGsPfbPFfL4evU0h8FpZakvjI3ypG4Hyb/MBcxIpA==' },
  ],
  negative: [
    'AZURE_STORAGE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_STORAGE_KEY=<your-azure-storage-account-key>',
    'AZURE_STORAGE_KEY=${AZURE_STORAGE_KEY}',
    'AZURE_STORAGE_KEY=t9fzgceMgXDKsBhz2Kk8GBZutvmmySzSpB3KSjAvhMeOqqxCFHjm5wcPkHU4BD7ptehIMiGe7wxp0sAByE81u',
    'AZURE_STORAGE_KEY=jbRcDRJmMHaUNN0jmWWArYrXqmKVg457xMsubEmplLgWEhaofDsqW9cMVekKdS+cm/1hPfvQBLgeJst3HlcPmw==Q9b',
    'checksum: rYpkAVeLk9PqryqKvWnzRrQxy23jRdwAnfVT8sozCLn94zeqNUOmP2jELswIQawHfkJeyCcLqhOsb9F2fGDOpA==',
    'const ref = "zQQD5Uoz8XIS+WzSQOHUV1ymemOhSjd/UDxjO0HlpYsL6n7Sfyti1yefAx2ym5WmzMrO2/kQt39L4pn8vB+HlQ==";',
    'integrity: L+V1TROKpctk/gaqlFdy2fdKdVJetBAq80jFu0lvH8EtIgXTmMpmCH2yAbmMIcFywlW2mlFBNVr0opcK2Cbonw==',
  ],
};
export default fixtures;
