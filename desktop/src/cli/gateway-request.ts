import type { z } from 'zod';
import { describeFetchFailure } from '@promptgate/shared';

/** Hang protection against a program that accepts the connection and never answers. */
const ANSWER_TIMEOUT_MS = 30_000;

/** The running gateway could not be asked, or refused; `status` is its HTTP answer when there was one. */
export class GatewayRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** POSTs `body` as JSON to the gateway at `origin` and returns its answer, checked against `schema`. */
export async function postToGateway<T extends z.ZodType>(origin: string, path: string, body: unknown, schema: T): Promise<z.output<T>> {
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw new GatewayRequestError(
      `no gateway answered at ${origin}: ${describeFetchFailure(error, origin)} (start one with \`promptgate gateway\` or \`npm start\`, or pass the --port it runs on)`,
    );
  }
  const answer = parseJson(text);
  if (status === 404) throw new GatewayRequestError(`${origin} is not a promptgate gateway, or one too old to know ${path}`, status);
  if (status < 200 || status > 299) throw new GatewayRequestError(`the gateway at ${origin} refused (HTTP ${status}): ${errorMessageOf(answer) ?? 'no reason given'}`, status);
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new GatewayRequestError(`${origin} answered, but not the way a promptgate gateway does (another program on that port?)`, status);
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The gateway explains a refusal as `{"error": {"code", "message"}}`. Whatever answered may not be the
 * gateway, so its text reaches the terminal as one short line without control characters.
 */
function errorMessageOf(answer: unknown): string | undefined {
  const error = (answer as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 300) : undefined;
}
