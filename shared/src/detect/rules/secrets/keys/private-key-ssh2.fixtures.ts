import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "P2/56wAAAWXg2bMPeMgYsFaY4XBjglAjWO3calFX0L744Tj59cCEUpRQWjrbOjso",
  "aA4Cc+2cHIBo3X9u4NrW5ycRMAqXQbWzi5o3c18vz6FqwOlJ02awUQRrFwAmztPU",
  "h+zVCSyYQWClCav+hR3ma5/4+SMhtaa3ELyRU3cdbT5ff0+LCl+sGZLP++lMKfD9",
  "uwrTVhoT+nxuEHJnJ68y59pm8OmQrlw0bZHE5RHnD61OcWLx/ZDZekaafrIYZeIF",
  "MV6khaFqv7gTUONIFiLbPncGWXer8FyHRJUx19KM45NTwZac5TX7HxBFTRHczC6I",
  "Cz8Dc40NmF5YshJjIJl5Y8juTq9HDs6QjDcHwswiJ/x07aLkwWOEhTb3E7WWsv89",
  "GUTcD9RwgImFgFZyDmMtKA8USy4TSpYo5geOevHW2zBO+3tU12l1xO/TAktfc+MW",
  "pZcEbciR2Pa5oejJXu1p7iZUL2cNIKaHIXIm2m+YvzI3ZvXRTGQ4csDY5LMM8sJ6",
  "jlgTJOBsTLDiIdnO0cPm923e38k+iHA=",
].join('\n');
const BLOCK = `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key-20240312"\n${BODY}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `$ cat id_rsa_ssh2\n${BLOCK}\n$ `, secret: BLOCK },
    { text: `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${BODY.split('\n').slice(0, 2).join('\n')}`, secret: `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${BODY.split('\n').slice(0, 2).join('\n')}` },
  ],
  negative: [
    `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key-20240312"\n${BODY}\n---- END SSH2 PUBLIC KEY ----`,
    '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    'Convert the ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ---- file with ssh-keygen -i.',
  ],
};
export default fixtures;
