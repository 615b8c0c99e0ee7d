/** Where the gateway listens unless told otherwise, and where CLI commands that ask a running gateway look. */
export const DEFAULT_PORT = 8787;
