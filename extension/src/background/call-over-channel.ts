import type { GatewayChannelCall } from '@promptgate/shared';
import type { GatewayChannel } from './gateway-channel';
import { callGateway, readAnswer, type GatewayTarget } from './gateway-client';

/**
 * One of the hot calls: over the open channel when it can carry it, else over HTTP as always. Either way the
 * answer is read the same, so a refusal or an absent gateway reaches the person the same way.
 */
export async function callOverChannel<T>(channel: GatewayChannel, target: GatewayTarget, call: GatewayChannelCall, options: { body?: unknown; timeoutMs: number }): Promise<T> {
  const answer = await channel.call(target, call, options.body === undefined ? undefined : JSON.stringify(options.body), options.timeoutMs);
  if (answer) return readAnswer<T>(answer.status, answer.body);
  const [method, path] = call.split(' ') as [string, string];
  return callGateway<T>(target, method, path, options);
}
