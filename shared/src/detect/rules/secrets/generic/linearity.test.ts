import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../engine';
import { MAX_STEPS_GROWTH, repeatToSize, stepsGrowth } from '../../../work-meter';
import { cliPasswordArgument } from './cli-password-argument';
import { cliUserPassword } from './cli-user-password';
import { genericPasswordAssignment } from './generic-password-assignment';
import { genericSecretAssignment } from './generic-secret-assignment';
import { httpSessionCookie } from './http-session-cookie';

/**
 * The assignment grammar starts from every secret keyword and reads names, operators and values around it:
 * inputs that repeat its pieces without ever completing them must still cost work linear in the text (the
 * engine-wide linearity test covers the other rules). Work is counted by the meter, never timed.
 */
const INPUTS: ReadonlyArray<{ name: string; units: readonly string[] }> = [
  { name: 'names with a colon and nothing after', units: ['token: ', 'api_key: ', 'secret: '] },
  { name: 'unclosed quotes after names', units: ['api_key="', "token='", 'secret=`'] },
  { name: 'one long run of keywords', units: ['keytokenauthsecretcredpasspwd'] },
  { name: 'prose verbs without values', units: ['apiKey is ', 'the password for the host is ', 'token was '] },
  { name: 'mentions with unclosed backticks', units: ['"invalid credentials" with `', 'secret `a`, '] },
  { name: 'name and value pairs never completed', units: ['<add key="ApiKey" ', '- name: API_TOKEN\n  ', '{"name": "TOKEN", '] },
  { name: 'type annotations without a value', units: ['const apiKey: string ', 'var fooToken string ', 'let token: Option<String> '] },
  { name: 'authorization schemes without a credential', units: ['Authorization: token ', 'Authorization: '] },
  { name: 'command options without values', units: [' -u a:', ' --user ', 'mysql -p', ' login ', 'sshpass -p '] },
  { name: 'a long value after one name', units: ['token=' + 'Ab1'.repeat(200) + ' '] },
  { name: 'quoted values before names', units: ['`' + 'Ab1'.repeat(80) + '` is my api key ', '" is my token ', '` as the secret '] },
  { name: 'SQL and netrc password forms without values', units: ["PASSWORD '", 'IDENTIFIED BY ', 'machine h login u password ', '\n  token '] },
  { name: 'cookie headers on one line', units: ['Cookie: sessionid=', 'a=b; ', 'Set-Cookie: sid=x; '] },
  { name: 'user options whose password option never comes', units: [' -u x', ' --username y -q', ' -U a%'] },
  { name: 'batch htpasswd and net use without a password', units: ['htpasswd -b -c ', 'net use /user:x ', 'net user '] },
  { name: 'secure strings and SQL tools without a password', units: ['ConvertTo-SecureString "Qm7!xK2pL9vT4n" ', 'sqlcmd -U a -Q x ', '-AsPlain '] },
  { name: 'comparisons and vendor keys without literals', units: ['password == ', 'token != x ', 'maps_key = '] },
  { name: 'secret elements full of short words', units: ['<secret>{a b c d e f ', 'g h} ', '</secret><token>x y '] },
  { name: 'values promised on the next line', units: ['api_key =\n  "', 'token :=\n', '  secret:\n    '] },
  { name: 'schemes in secrets without a credential', units: ['auth_token: "Token ', 'secret: "X-Auth a b" '] },
];

const engine = createEngine([genericPasswordAssignment, genericSecretAssignment, cliUserPassword, cliPasswordArgument, httpSessionCookie]);

describe('the assignment grammar does work linear in the text', () => {
  for (const input of INPUTS) {
    it(`on ${input.name}`, () => {
      expect(stepsGrowth(engine, (size) => repeatToSize(input.units, size))).toBeLessThanOrEqual(MAX_STEPS_GROWTH);
    });
  }
});
