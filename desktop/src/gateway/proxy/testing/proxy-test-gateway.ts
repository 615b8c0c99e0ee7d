import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type RunningGateway } from '../../../app/start-gateway';
import { EXPECTED_ANTHROPIC_KEY, startFakeAnthropic, type FakeAnthropic } from './fake-anthropic';
import { EXPECTED_KEY, startFakeOpenAi, type FakeOpenAi } from './fake-openai';
import type { HoldClock } from '../reply/hold-clock';
import { manualClock, type ManualClock } from './manual-clock';

/** A real gateway whose proxy points at fake OpenAI and Anthropic servers, with the gateway's keys set. */
export interface ProxyTestRig {
  gateway: RunningGateway;
  openai: FakeOpenAi;
  anthropic: FakeAnthropic;
  sdkToken: string;
  dataDir: string;
  errors: unknown[];
  /** The proxy's hold clock, unless `holdClock` replaced it: still until the test advances it. */
  clock: ManualClock;
  /** `http://127.0.0.1:PORT/openai/v1`, as OPENAI_BASE_URL. */
  openaiBase: string;
  /** `http://127.0.0.1:PORT/anthropic`, as ANTHROPIC_BASE_URL. */
  anthropicBase: string;
  uiCookie(): Promise<string>;
  stop(): Promise<void>;
}

export async function startProxyRig(options: { policyYaml?: string; setKeys?: boolean; holdClock?: HoldClock } = {}): Promise<ProxyTestRig> {
  const [openai, anthropic] = await Promise.all([startFakeOpenAi(), startFakeAnthropic()]);
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-proxy-'));
  let policyFile: string | undefined;
  if (options.policyYaml) {
    policyFile = join(dataDir, 'policy.yaml');
    await writeFile(policyFile, options.policyYaml);
  }
  const errors: unknown[] = [];
  const clock = manualClock();
  const gateway = await startGateway({
    holdClock: options.holdClock ?? clock,
    port: 0,
    dataDir,
    ...(policyFile ? { policyFile } : {}),
    upstreams: { openai: openai.url, anthropic: anthropic.url },
    onError: (error) => errors.push(error),
  });
  if (options.setKeys !== false) {
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
  const sdkToken = gateway.auth.tokens.create('sdk', 'test agent');
  return {
    gateway,
    openai,
    anthropic,
    sdkToken,
    dataDir,
    errors,
    clock,
    openaiBase: `${gateway.url}/openai/v1`,
    anthropicBase: `${gateway.url}/anthropic`,
    uiCookie: () => uiCookieOf(gateway),
    async stop() {
      await gateway.close();
      await Promise.all([openai.close(), anthropic.close()]);
      await rm(dataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`the gateway reported internal errors: ${errors.map(String).join('; ')}`);
    },
  };
}

/** The UI cookie, obtained the way a person gets it: by opening the printed link. */
export async function uiCookieOf(gateway: RunningGateway): Promise<string> {
  const response = await fetch(gateway.uiUrl, { redirect: 'manual' });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (response.status !== 303 || !cookie) throw new Error(`UI link did not set a cookie (${response.status})`);
  return cookie;
}
