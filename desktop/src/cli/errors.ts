/** Exit codes every command shares: scripts switch on them. */
export const ExitCode = {
  /** Ran fine, nothing found. */
  clean: 0,
  /** Ran fine, something was found. */
  findings: 1,
  /** Bad usage or unreadable input; nothing was scanned. */
  usage: 2,
  /**
   * The server a command talks to could not be reached (refused, unknown host, TLS mismatch) or refused the
   * request (not a promptgate server, a spent code); nothing was changed. Apart from 1, which means findings.
   */
  server: 3,
} as const;

/** A problem the person can fix (flag, file, input); printed as one line, exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
}
