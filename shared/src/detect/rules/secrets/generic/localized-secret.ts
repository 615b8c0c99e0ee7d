import { anchoredScannerRule } from '../../../define';
import { byFirstUnit, labelledValues, type LabelledValueTest } from './localized-label';
import { isOpaqueSecret, isRandomWithSymbols } from './values';

/**
 * Words for a token, an API key or a secret key in the languages people write to a chatbot in, as they label
 * one: `令牌：…`, `アクセストークンは…`, `토큰 …`, `токен: …`, `clave secreta: …`. English words (`token`, `api key`)
 * are the English rules'. Kept in lower case; the engine finds them in any case. No bare `key` of any language
 * (`キー` is also a keyboard's), only words that say it is secret or grants access.
 */
const SECRET_WORDS = [
  '令牌',
  '密钥',
  '秘钥',
  '私钥',
  '權杖',
  '金鑰',
  '密鑰',
  'トークン',
  'アクセスキー',
  'シークレット',
  '秘密鍵',
  '토큰',
  '시크릿',
  '비밀키',
  '비밀 키',
  '액세스 키',
  'токен',
  'секретный ключ',
  'ключ доступа',
  'ключ api',
  'clave secreta',
  'clave de api',
  'clave api',
  'chave secreta',
  'chave de api',
  'chave api',
  'clé secrète',
  'clé api',
  'clé d’api',
  "clé d'api",
  'geheimer schlüssel',
  'api-schlüssel',
  'zugangsschlüssel',
  'chiave segreta',
  'chiave api',
];

const WORDS = byFirstUnit(SECRET_WORDS);

/** Only what is clearly random: the words also name keys and tokens in prose, where no value follows. */
const SECRET_VALUE: LabelledValueTest = {
  minLength: 16,
  maxLength: 512,
  credible: (value) => isOpaqueSecret(value) || isRandomWithSymbols(value),
  bare: () => true,
};

/**
 * A token or secret key labelled in another language: `令牌：Zq7xT9vLp2zRk8WnQ4mB6yHc`, `アクセストークンは…`,
 * `токен от бота: …`, `la clave secreta es …`. The value must be random, 16 characters or more.
 */
export const localizedSecret = anchoredScannerRule({
  id: 'localized-secret',
  anchors: SECRET_WORDS,
  title: 'Secret labelled in another language',
  severity: 'high',
  confidence: 0.7,
  scan: (text, anchorStarts) => labelledValues(text, anchorStarts, WORDS, SECRET_VALUE),
});
