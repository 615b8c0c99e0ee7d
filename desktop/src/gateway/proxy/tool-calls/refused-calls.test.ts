import { describe, expect, it } from 'vitest';
import { ScopedVaults } from '../scoped-vaults';
import { answerRefusedCalls, withRefusedCallOutputs } from './refused-calls';

const REFUSED = new Map([['call_1', { outputType: 'function_call_output', text: '[refused]' }]]);

describe('withRefusedCallOutputs', () => {
  it('puts the missing output first, a plain-string input kept as the user message after it', () => {
    expect(withRefusedCallOutputs({ input: 'next', previous_response_id: 'resp_1' }, REFUSED)).toEqual({
      input: [
        { type: 'function_call_output', call_id: 'call_1', output: '[refused]' },
        { role: 'user', content: 'next' },
      ],
      previous_response_id: 'resp_1',
    });
  });

  it('leaves an input of a shape the schema refuses as the client sent it', () => {
    expect(withRefusedCallOutputs({ input: 42 }, REFUSED)).toBeUndefined();
  });

  it('leaves a request that answers the call itself as it is', () => {
    const body = { input: [{ type: 'function_call_output', call_id: 'call_1', output: 'my own' }] };
    expect(withRefusedCallOutputs(body, REFUSED)).toBeUndefined();
  });
});

describe('answerRefusedCalls', () => {
  const vaults = new ScopedVaults();
  vaults.rememberResponse('resp_1', 'alice\nopenai\nday:x');
  vaults.rememberRefusal('resp_1', 'call_1', { outputType: 'custom_tool_call_output', text: '[refused]' });
  const read = (body: unknown) => ({ raw: Buffer.from(JSON.stringify(body)), text: JSON.stringify(body), body });

  it('sends the completed body upstream for the client that owns the response', () => {
    const answered = answerRefusedCalls(read({ previous_response_id: 'resp_1', input: [] }), vaults, 'alice\nopenai\n');
    expect(JSON.parse(answered.raw.toString())).toEqual({ previous_response_id: 'resp_1', input: [{ type: 'custom_tool_call_output', call_id: 'call_1', output: '[refused]' }] });
    expect(answered.text).toBe(answered.raw.toString());
  });

  it('gives another client nothing of a response that is not theirs', () => {
    const request = read({ previous_response_id: 'resp_1', input: [] });
    expect(answerRefusedCalls(request, vaults, 'bob\nopenai\n')).toBe(request);
  });
});
