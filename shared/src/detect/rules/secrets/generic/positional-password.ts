import { ALWAYS, argumentEnd, credibleArgumentAt, ENDS_COMMAND, type Argument } from './command-arguments';
import { skipSpaces } from './value-scan';

/** How a command takes a password as a positional argument of one of its subcommands. */
export interface PositionalPassword {
  /**
   * The subcommands that take it, each with how many positional arguments come before the password after it
   * (`rabbitmqctl add_user USER PASSWORD`: 1). The key `''` is the command itself, with no subcommand.
   */
  subcommands: ReadonlyMap<string, number>;
  /** Options that take a value of their own, which is no positional argument (`openssl passwd -salt xyz`). */
  optionsWithValue?: readonly string[];
  /** Options that say the password is read from elsewhere, not given here (`openssl passwd -stdin`). */
  readElsewhere?: readonly string[];
  /** An option without which the password is prompted for (`mosquitto_passwd -b`). */
  required?: string;
}

/** Arguments read after the command's name, at most: options and positionals together. */
const MAX_ARGUMENTS = 12;

/**
 * The password the command whose name ends at `at` is given as a positional argument (`rabbitmqctl add_user
 * admin …`, `openssl passwd -6 -salt x …`, `wpa_passphrase SSID …`), or undefined. The syntax says what the value
 * is, so a plain one counts too; an option in its place (`bw unlock --raw`) is none.
 */
export function positionalPassword(text: string, at: number, spec: PositionalPassword): Argument | undefined {
  let before = spec.subcommands.get('');
  let positionals = 0;
  let required = spec.required === undefined;
  let i = at;
  for (let n = 0; n < MAX_ARGUMENTS; n++) {
    i = skipSpaces(text, i);
    if (i >= text.length || ENDS_COMMAND.includes(text[i]!)) return undefined;
    const end = argumentEnd(text, i);
    if (text.charCodeAt(i) === 45) {
      const option = text.slice(i, end);
      if (spec.readElsewhere?.includes(option) === true) return undefined;
      if (option === spec.required) required = true;
      i = spec.optionsWithValue?.includes(option) === true ? argumentEnd(text, skipSpaces(text, end)) : end;
      continue;
    }
    if (before === undefined) {
      // The first positional argument names the subcommand.
      before = spec.subcommands.get(text.slice(i, end));
      if (before === undefined) return undefined;
    } else if (positionals++ === before) {
      return required ? credibleArgumentAt(text, i, ALWAYS) : undefined;
    }
    i = end;
  }
  return undefined;
}
