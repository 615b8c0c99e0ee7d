/**
 * Advisory locks as tests look at them. The test cluster is shared by test files running at once, so both
 * statements see only the locks of the database the connection is on: counted or ended cluster-wide, they would
 * count, or cut off, another file's singletons.
 */
const IN_THIS_DATABASE = "locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

/** One row, `n`: how many advisory locks are held in this database. */
export const COUNT_HELD_ADVISORY_LOCKS = `SELECT COUNT(*) AS n FROM pg_locks WHERE ${IN_THIS_DATABASE}`;

/** Ends the connections that hold an advisory lock in this database, as a killed process would. */
export const END_ADVISORY_LOCK_HOLDERS = `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE ${IN_THIS_DATABASE}`;
