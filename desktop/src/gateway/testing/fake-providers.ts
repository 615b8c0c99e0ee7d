import type { RunningGateway } from '../../app/start-gateway';
import { EXPECTED_ANTHROPIC_KEY, startFakeAnthropic, type FakeAnthropic } from '../proxy/testing/fake-anthropic';
import { EXPECTED_KEY, startFakeOpenAi, type FakeOpenAi } from '../proxy/testing/fake-openai';
import { uiCookieOf } from './ui-login';

/** Fake OpenAI and Anthropic servers on loopback, standing in for the providers the SDK proxy forwards to. */
export interface FakeProviders {
  openai: FakeOpenAi;
  anthropic: FakeAnthropic;
  close(): Promise<void>;
}

export async function startFakeProviders(): Promise<FakeProviders> {
  const [openai, anthropic] = await Promise.all([startFakeOpenAi(), startFakeAnthropic()]);
  return { openai, anthropic, close: async () => void (await Promise.all([openai.close(), anthropic.close()])) };
}

/** Gives the gateway the keys the fakes expect, through the settings page's API as a person would. */
export async function setProviderKeys(gateway: RunningGateway): Promise<void> {
  const cookie = await uiCookieOf(gateway);
  for (const [provider, key] of [
    ['openai', EXPECTED_KEY.value],
    ['anthropic', EXPECTED_ANTHROPIC_KEY],
  ] as const) {
    const response = await fetch(`${gateway.url}/ui/api/provider-keys/${provider}`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ key }),
    });
    if (response.status !== 200) throw new Error(`setting the ${provider} key failed: ${response.status}`);
  }
}
