import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

async function call(r: ProxyTestGateway, messages: Message[], session?: string): Promise<void> {
  const client = new OpenAI({ apiKey: r.sdkToken, baseURL: r.openaiBase, maxRetries: 0 });
  await client.chat.completions.create({ model: 'gpt-fake', messages }, session === undefined ? {} : { headers: { 'x-promptgate-session': session } });
}

/** The masked prompts the session log holds, in the order the calls came. */
function loggedPrompts(r: ProxyTestGateway) {
  return r.gateway.log.searchEvents({ kind: 'inspect', limit: 100 }).sort((a, b) => a.seq - b.seq);
}

describe("an agent's resent history in the session log", () => {
  it('logs each field once per session; a changed field or another session logs it again', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const history: Message[] = [
      { role: 'system', content: 'You are a careful reviewer.' },
      { role: 'user', content: `deploy with token ${GITHUB}` },
    ];
    await call(rig, history, 'run-1');
    await call(rig, [...history, { role: 'assistant', content: 'Deployed.' }, { role: 'user', content: 'now roll back' }], 'run-1');
    // The agent rewrote an earlier message: that one is new to the log.
    await call(rig, [history[0]!, { role: 'user', content: 'deploy the staging branch' }, { role: 'user', content: 'and tag it' }], 'run-1');
    // Another session of the same client: nothing of it is in the log yet.
    await call(rig, history, 'run-2');

    const [first, second, third, other] = loggedPrompts(rig);
    expect(first!.maskedText).toBe('messages[0].content (system):\nYou are a careful reviewer.\n\nmessages[1].content (prompt):\ndeploy with token [GITHUB_PAT_1]');
    expect(second!.maskedText).toBe(
      "(2 fields logged unchanged with this session's earlier calls: not repeated)\n\nmessages[2].content (history):\nDeployed.\n\nmessages[3].content (prompt):\nnow roll back",
    );
    expect(second!.detail).toMatchObject({ fields: 4, unchangedFields: 2 });
    // The token in the history is still counted for this call, pointing at the line that says it was left out.
    expect(second!.findings).toEqual([
      expect.objectContaining({ type: first!.findings[0]!.type, placeholder: '[GITHUB_PAT_1]', start: 0, end: second!.maskedText.indexOf(')') + 1 }),
    ]);
    expect(second!.verdict).toBe('redact');
    expect(third!.maskedText).toContain('(1 field logged unchanged');
    expect(third!.maskedText).toContain('messages[1].content (history):\ndeploy the staging branch');
    expect(third!.maskedText).not.toContain('careful reviewer');
    expect(other!.maskedText).toBe(first!.maskedText);
    expect(JSON.stringify(loggedPrompts(rig))).not.toContain(GITHUB);
  });

  it('remembers nothing while prompts are not stored: no call says a field was logged before', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 2\nname: t\nlogging: { storeMaskedPrompts: false }\n' });
    const history: Message[] = [{ role: 'user', content: 'first question' }];
    await call(rig, history, 'run-1');
    await call(rig, [...history, { role: 'user', content: 'second question' }], 'run-1');
    const [first, second] = loggedPrompts(rig);
    expect(first!.maskedText).toBe('');
    expect(second!.maskedText).toBe('');
    expect(second!.detail['unchangedFields']).toBeUndefined();
  });
});
