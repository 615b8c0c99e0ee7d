/**
 * Commands read the way a shell reads them, enough to judge what they do: a text splits into simple commands
 * at unquoted `;`, `&`, `|`, line breaks, parentheses, backticks and `$(`; a command splits into words at
 * unquoted blanks, with quotes removed. Wrappers that run the rest as a command (`sudo`, `env`, `xargs`,
 * `nohup`, `time`, `exec`, `command`, `VAR=value` prefixes) are dropped, and the script of `sh -c '...'` is
 * read as commands too. One pass over the text (the inner script once more): linear in the text.
 */
export interface SimpleCommand {
  /** The command's name without its directory (`/usr/bin/rm` → `rm`), then its arguments. */
  words: string[];
  /** It reads what the command before it writes (`curl ... | sh`). */
  piped: boolean;
}

const WRAPPERS = new Set(['sudo', 'doas', 'env', 'xargs', 'nohup', 'time', 'exec', 'command', 'nice', 'stdbuf', 'timeout']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish']);

export function simpleCommands(text: string, depth = 0): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let piped = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (pipeFollows: boolean) => {
    endWord();
    if (words.length > 0) commands.push(...unwrap(words, piped, depth));
    words = [];
    piped = pipeFollows;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      const end = close < 0 ? text.length : close;
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else if (c === '|') {
      const orOr = text[i + 1] === '|';
      if (orOr) i++;
      endCommand(!orOr);
    } else if (c === ';' || c === '&' || c === '\n' || c === '\r' || c === '(' || c === ')' || c === '`' || c === '{' || c === '}') {
      endCommand(false);
    } else if (c === '$' && text[i + 1] === '(') {
      endCommand(false);
      i++;
    } else if (c === '>' || c === '<') {
      // A redirection is a word of its own: `> /dev/sda` is read as the words `>` and `/dev/sda`.
      endWord();
      words.push(c);
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand(false);
  return commands;
}

/** The command a wrapper runs, and the commands of a shell's `-c` script. */
function unwrap(words: string[], piped: boolean, depth: number): SimpleCommand[] {
  let start = 0;
  for (;;) {
    while (start < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start]!)) start++;
    const name = baseName(words[start] ?? '');
    if (!WRAPPERS.has(name)) break;
    start++;
    // The wrapper's own options (`sudo -u root`, `timeout 30`, `xargs -n 1`): skip dashes and short values.
    while (start < words.length && (words[start]!.startsWith('-') || /^\d+[smhd]?$/.test(words[start]!))) {
      const option = words[start++]!;
      if ((option === '-u' || option === '-g' || option === '-n' || option === '-I') && start < words.length) start++;
    }
  }
  if (start >= words.length) return [];
  const command: SimpleCommand = { words: [baseName(words[start]!), ...words.slice(start + 1)], piped };
  const out = [command];
  if (SHELLS.has(command.words[0]!) && depth < 2) {
    // `-c`, alone or among other short options (`bash -lc '…'`), takes the script as its value.
    const script = command.words.findIndex((word) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(word));
    if (script >= 0 && script + 1 < command.words.length) out.push(...simpleCommands(command.words[script + 1]!, depth + 1));
  }
  return out;
}

function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash < 0 ? word : word.slice(slash + 1);
}
