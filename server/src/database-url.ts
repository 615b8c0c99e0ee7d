import { describeUrl } from './db/open-database';

/** `--database` / `DATABASE_URL` is not a PostgreSQL URL. The message never quotes the URL (it may hold a password). */
export class DatabaseUrlError extends Error {
  readonly code = 'DATABASE_URL';
}

/** The database could not be opened (unreachable, refused, failed to migrate). The message holds no password. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
}

const EXAMPLE = 'postgres://USER:PASSWORD@HOST:5432/DATABASE';

/** Checks a PostgreSQL connection URL before anything connects with it. */
export function checkDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(`the database URL does not parse; expected ${EXAMPLE}`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseUrlError(`the database URL must start with postgres:// (got ${parsed.protocol}//); expected ${EXAMPLE}`);
  }
  if (!parsed.hostname) throw new DatabaseUrlError(`the database URL names no host; expected ${EXAMPLE}`);
  return url;
}

/** Why opening the database at `url` failed, in one line, with its password (as typed or %-decoded) blotted out. */
export function databaseUnavailable(url: string, error: unknown): DatabaseUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  const about = message.startsWith('cannot reach') ? message : `cannot open the PostgreSQL database at ${describeUrl(url)}: ${message}`;
  return new DatabaseUnavailableError(withoutPassword(about, url).replace(/\s*\n\s*/g, ' '));
}

function withoutPassword(text: string, url: string): string {
  let password = '';
  try {
    password = new URL(url).password;
  } catch {
    return text;
  }
  if (!password) return text;
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // not %-encoded: the raw form is all there is
  }
  return [password, decoded].reduce((out, secret) => out.split(secret).join('***'), text);
}
