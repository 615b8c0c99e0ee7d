/** `typ` of a key endorsement: a JWS, signed by the retiring key, whose payload is `{ jwk, endorsedAt }`. */
export const ENDORSEMENT_TYPE = 'promptgate-key-endorsement+jws';
