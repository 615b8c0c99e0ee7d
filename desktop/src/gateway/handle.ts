/** What a running gateway offers the process that started it (the CLI, the Electron shell, tests). */
export interface GatewayHandle {
  /** Base URL on loopback, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  readonly port: number;
  /** The local UI, with a one-launch secret so only this process (or who it shows the URL to) can open it. */
  readonly uiUrl: string;
  /** Prompts waiting for a decision right now. */
  pendingApprovals(): number;
  /** Called for every new hold (Electron shows a native notification) and when the pending count changes. */
  onEvent(listener: (event: GatewayEvent) => void): () => void;
  /** Stops accepting, lets in-flight requests finish, flushes the session log. */
  close(): Promise<void>;
}

export type GatewayEvent =
  | { type: 'hold'; approvalId: string; site: string; summary: string }
  | { type: 'pending-changed'; pending: number };
