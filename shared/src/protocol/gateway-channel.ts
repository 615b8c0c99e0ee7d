import { z } from 'zod';

/**
 * The extension's persistent channel to the gateway: a WebSocket on the gateway's port that carries the hot
 * `/api` calls without a new HTTP exchange each. The token goes in the first message (a browser's WebSocket
 * cannot send an Authorization header); every later request is an `/api` call the gateway answers exactly as
 * over HTTP, matched to its answer by `id`.
 */
export const GATEWAY_CHANNEL_PATH = '/api/channel';

/** The calls the channel carries; everything else (pairing, approvals' long-polls) stays on HTTP. */
export const GATEWAY_CHANNEL_CALLS = ['POST /api/inspect', 'GET /api/health'] as const;
export type GatewayChannelCall = (typeof GATEWAY_CHANNEL_CALLS)[number];

export const channelClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), token: z.string().min(1).max(1024) }),
  z.object({
    type: z.literal('request'),
    id: z.number().int().nonnegative(),
    call: z.enum(GATEWAY_CHANNEL_CALLS),
    /** The JSON body as text, passed on unread. */
    body: z.string().optional(),
  }),
]);
export type ChannelClientMessage = z.infer<typeof channelClientMessageSchema>;

export const channelServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('refused'), status: z.number().int(), message: z.string() }),
  z.object({ type: z.literal('answer'), id: z.number().int().nonnegative(), status: z.number().int(), body: z.string() }),
]);
export type ChannelServerMessage = z.infer<typeof channelServerMessageSchema>;
