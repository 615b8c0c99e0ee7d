import { z } from 'zod';

/**
 * The stdio wrapper (`promptgate mcp`) asks the running gateway about each tool call and each result over
 * these two endpoints: the gateway holds the policy, the approvals and the session log, so the wrapper decides
 * nothing itself.
 */
export const MCP_CHECK_PATHS = { call: '/api/mcp/tool-call', result: '/api/mcp/tool-result' } as const;

/** Longest name of a server or session the gateway files events under. */
const NAME = z.string().min(1).max(200);

const sessionFields = {
  /** The wrapped server's name (its command unless `--name` says otherwise). */
  server: NAME,
  /** One run of the wrapper: the gate keeps one vault per session. */
  session: NAME,
  /** The agent run the session belongs to (`PROMPTGATE_SESSION`), where the session log files its events. */
  run: NAME.optional(),
  tool: z.string().min(1).max(500),
  arguments: z.record(z.string(), z.unknown()),
};

export const toolCallCheckSchema = z.strictObject(sessionFields);
export const toolResultCheckSchema = z.strictObject({ ...sessionFields, result: z.record(z.string(), z.unknown()) });

export const callVerdictSchema = z.union([
  z.strictObject({ run: z.literal(true), arguments: z.record(z.string(), z.unknown()) }),
  z.strictObject({ run: z.literal(false), reason: z.string() }),
]);
export const resultVerdictSchema = z.union([
  z.strictObject({ deliver: z.literal(true), result: z.record(z.string(), z.unknown()) }),
  z.strictObject({ deliver: z.literal(false), reason: z.string() }),
]);
