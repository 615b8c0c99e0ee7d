/** Clients remembered; a gateway has a handful of SDK tokens, so this only bounds a misbehaving caller. */
const MAX_CLIENTS = 1000;

/**
 * Where each SDK client's model calls went in the session log today, so the tool calls its agent then makes
 * through the MCP gateway land in the same session: one story of the run (prompts, replies, tool calls, tool
 * results). Only the same client (token), and only the same UTC day, as the proxy's own sessions are per day.
 */
export class AgentRuns {
  readonly #latest = new Map<string, { conversationId: string; day: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  noteModelCall(requester: string, conversationId: string): void {
    this.#latest.delete(requester);
    if (this.#latest.size >= MAX_CLIENTS) this.#latest.delete(this.#latest.keys().next().value!);
    this.#latest.set(requester, { conversationId, day: this.#today() });
  }

  /** The session of the client's latest model call today, if it made one. */
  latest(requester: string): string | undefined {
    const run = this.#latest.get(requester);
    return run !== undefined && run.day === this.#today() ? run.conversationId : undefined;
  }

  #today(): string {
    return new Date(this.now()).toISOString().slice(0, 10);
  }
}
