/** What a running gateway offers the process that started it (the CLI, the Electron shell, tests). */
export interface GatewayHandle {
  /** Base URL on loopback, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  readonly port: number;
  /**
   * A link to the local UI that works once, so only this process (or who it shows the link to) can open it.
   * Each read issues a new one.
   */
  readonly uiUrl: string;
  /** Prompts waiting for a decision right now. */
  pendingApprovals(): number;
  /** Called for every new hold (Electron shows a native notification) and when the pending count changes. */
  onEvent(listener: (event: GatewayEvent) => void): () => void;
  /** Stops accepting, lets in-flight requests finish, flushes the session log. */
  close(): Promise<void>;
}

export type GatewayEvent = { type: 'hold'; approvalId: string; site: string; summary: string } | { type: 'pending-changed'; pending: number };
