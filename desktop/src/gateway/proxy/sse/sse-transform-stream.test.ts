import { defaultPolicy, Vault } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { chatCompletions } from '../openai/chat';
import { createReplyText, MAX_HOLD_MS } from '../reply/reply-text';
import { manualClock } from '../testing/manual-clock';
import { sseTransformStream } from './sse-transform-stream';

const CLIENT = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

function chunk(content: string, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
}

/** A chat stream through the transform on a clock the test moves; `contents` lists each chunk's text the client got. */
function chatThroughTransform() {
  const clock = manualClock();
  const vault = new Vault();
  vault.placeholderFor('github-pat', CLIENT);
  const reply = createReplyText({ vault, restore: true, policy: defaultPolicy, extraRules: [], clock });
  const stream = sseTransformStream(chatCompletions.createStreamTransform!(reply), { clock });
  const contents: string[] = [];
  let buffered = '';
  stream.on('data', (data: Buffer) => {
    buffered += data.toString('utf8');
    for (let end = buffered.indexOf('\n\n'); end !== -1; end = buffered.indexOf('\n\n')) {
      const payload = buffered.slice(0, end).replace(/^data: /, '');
      buffered = buffered.slice(end + 2);
      if (payload !== '[DONE]') contents.push((JSON.parse(payload) as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta.content ?? '');
    }
  });
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  return { clock, stream, contents, settled };
}

describe('sseTransformStream: the hold bound', () => {
  it('sends a run the upstream has not finished once it waited the bound, as a chunk of the same stream', async () => {
    const { clock, stream, contents, settled } = chatThroughTransform();
    stream.write(chunk('see https://example.com/docs/a/long/pa'));
    await settled();
    expect(contents).toEqual(['see ']);
    clock.advance(MAX_HOLD_MS - 1);
    await settled();
    expect(contents).toEqual(['see ']);
    clock.advance(1);
    await settled();
    expect(contents).toEqual(['see ', 'https://example.com/docs/a/long/pa']);
    stream.write(chunk('th [GITHUB_PAT_1] done', 'stop'));
    stream.end('data: [DONE]\n\n');
    await settled();
    expect(contents.join('')).toBe(`see https://example.com/docs/a/long/path ${CLIENT} done`);
  });

  it('a run the next chunk completes in time goes out whole, with no extra chunk', async () => {
    const { clock, stream, contents, settled } = chatThroughTransform();
    stream.write(chunk('token [GITHUB'));
    await settled();
    clock.advance(MAX_HOLD_MS - 1);
    stream.write(chunk('_PAT_1] ok'));
    await settled();
    // The timer set for `[GITHUB` fires here and finds nothing due: `ok` began a bound of its own.
    clock.advance(MAX_HOLD_MS - 1);
    await settled();
    stream.end(chunk('', 'stop'));
    await settled();
    expect(contents).toEqual(['token ', `${CLIENT} `, 'ok']);
  });
});
