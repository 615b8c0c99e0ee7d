import { anchoredScannerRule } from '../../../define';
import { byFirstUnit, labelledValues, type LabelledValueTest } from './localized-label';
import { isCrediblePassword, isStrongBareValue, PASSWORD_LENGTH } from './values';

/**
 * The word for "password" in the languages people write to a chatbot in, as they label one: `contraseña:`,
 * `mot de passe :`, `пароль:`, `パスワードは`. English is the password-assignment rule's, which also reads
 * `Passwort: …` as a key; this rule reads it in a sentence (`das Passwort ist …`, `… lautet …`). Kept in lower
 * case; the engine finds them in any case.
 */
const PASSWORD_WORDS = [
  'passwort',
  'contraseña',
  'contrasena',
  'contrasenya',
  'mot de passe',
  'senha',
  'kennwort',
  'wachtwoord',
  'lösenord',
  'losenord',
  'passord',
  'adgangskode',
  'salasana',
  'hasło',
  'haslo',
  'heslo',
  'jelszó',
  'jelszo',
  'lozinka',
  'geslo',
  'parolă',
  'parola',
  'şifre',
  'sifre',
  'пароль',
  'κωδικός',
  'סיסמה',
  'كلمة المرور',
  'كلمة السر',
  'पासवर्ड',
  'รหัสผ่าน',
  'mật khẩu',
  'mat khau',
  'kata sandi',
  'kata laluan',
  'パスワード',
  '密码',
  '密碼',
  '口令',
  '비밀번호',
  '암호',
];

const WORDS = byFirstUnit(PASSWORD_WORDS);

const WORD_SET: ReadonlySet<string> = new Set(PASSWORD_WORDS);

/**
 * `lower` (lower case) is the word for "password" in one of these languages: a translation file's label
 * (`"password": "wachtwoord"`), never the password itself.
 */
export function isPasswordWord(lower: string): boolean {
  return WORD_SET.has(lower);
}

/** As the English rule asks: 8 characters or more, two classes or more, no placeholder, dummy, path or URL. */
const PASSWORD_VALUE: LabelledValueTest = {
  minLength: PASSWORD_LENGTH.min,
  maxLength: PASSWORD_LENGTH.max,
  credible: (value) => isCrediblePassword(value),
  // `логин admin, пароль Hq4$zR8mLp2W`: right after the word, three classes of characters or more.
  bare: isStrongBareValue,
};

/**
 * A password labelled in another language: `contraseña: Vq8#tLw2pZr9xK`, `le mot de passe est Vq8#…`,
 * `пароль от почты: Vq8#…`, `密码是Vq8#…`, `パスワード：Vq8#…`. The value must look like a password, as the
 * English rule asks.
 */
export const localizedPassword = anchoredScannerRule({
  id: 'localized-password',
  anchors: PASSWORD_WORDS,
  title: 'Password labelled in another language',
  severity: 'high',
  confidence: 0.7,
  scan: (text, anchorStarts) => labelledValues(text, anchorStarts, WORDS, PASSWORD_VALUE),
});
