import type { Api } from './api';
import type { LiveStream } from './live';

/** What a view gets: the API, the live stream, its route, and a place to register cleanup. */
export interface ViewContext {
  api: Api;
  live: LiveStream;
  /** Route parameters, e.g. the session id of `#/sessions/:id`. */
  params: Record<string, string>;
  /** The query part of the hash (`#/sessions?verdict=hold`). */
  query: URLSearchParams;
  /** Replaces the hash query without rebuilding the view (filters, paging). */
  setQuery(query: URLSearchParams): void;
  /** Runs when the view is left: timers, stream subscriptions. */
  onDispose(cleanup: () => void): void;
  /** setInterval that is cleared when the view is left. */
  every(ms: number, tick: () => void): void;
}

export interface View {
  title: string;
  element: HTMLElement;
}

export type ViewFactory = (context: ViewContext) => View;
