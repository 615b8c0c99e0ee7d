/** Exit codes every command shares: scripts switch on them. */
export const ExitCode = {
  /** Ran fine, nothing found. */
  clean: 0,
  /** Ran fine, something was found. */
  findings: 1,
  /** Bad usage or unreadable input; nothing was scanned. */
  usage: 2,
} as const;

/** A problem the person can fix (flag, file, input); printed as one line, exit code 2. */
export class UsageError extends Error {
  readonly code = 'USAGE';
}
