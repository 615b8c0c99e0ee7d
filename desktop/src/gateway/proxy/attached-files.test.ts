import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { attachedFilesIn, withAttachedFiles } from './testing/attached-files';
import { placeholdersIn, type Received } from './testing/fake-server';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

// Made-up values in the shapes of real ones.
const GITHUB = 'ghp_8fK2mQx7Lp3ZrT9vWc4NbY6hJd1sGe5aUo0i';
const STRIPE = 'sk_live_51MadeUpForTestsOnly0aB1cD2eF3';
const ENV_FILE = `# production\nGITHUB_TOKEN=${GITHUB}\nSTRIPE_SECRET_KEY=${STRIPE}\nLOG_LEVEL=info\n`;
/** An uncompressed PDF is text: its page's words stand in its content stream as written. */
const PDF = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n4 0 obj << /Length 60 >>\nstream\nBT /F1 12 Tf 72 712 Td (deploy token ${GITHUB}) Tj ET\nendstream\nendobj\n%%EOF\n`;
/** A PNG's signature and header chunk, then pixels: bytes, no text. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(600, 0x5a)]).toString('base64');
const dataUrl = (type: string, text: string) => `data:${type};base64,${Buffer.from(text).toString('base64')}`;

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

function expectMaskedUpstream(received: readonly Received[], raw: readonly string[]): string {
  expect(received.length).toBeGreaterThan(0);
  const upstream = withAttachedFiles(received);
  for (const value of raw) expect(upstream, value).not.toContain(value);
  return upstream;
}

describe('text files attached base64, end to end', () => {
  it('OpenAI chat: a .env attached as a file part is inspected decoded, and goes out encoded with placeholders', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    // The model quotes the file it was given: the client reads it back with its own values.
    rig.openai.reply = (body) => ({ text: attachedFilesIn(JSON.stringify(body))[0]! });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const reply = await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is in this file?' },
            { type: 'file', file: { filename: '.env', file_data: dataUrl('application/octet-stream', ENV_FILE) } },
            { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
          ],
        },
      ],
    });
    expect(reply.choices[0]!.message.content).toBe(ENV_FILE);
    const upstream = expectMaskedUpstream(rig.openai.received, [GITHUB, STRIPE]);
    const [file] = attachedFilesIn(rig.openai.received[0]!.raw);
    expect(file).toBe(ENV_FILE.replace(GITHUB, placeholdersIn(file!)[0]!).replace(STRIPE, placeholdersIn(file!)[1]!));
    expect(placeholdersIn(file!)).toHaveLength(2);
    // The image holds no text and goes byte for byte.
    expect(upstream).toContain(`data:image/png;base64,${PNG}`);
  });

  it('OpenAI Responses: an input_file with a text type, streamed', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = (body) => ({ text: attachedFilesIn(JSON.stringify(body))[0]! });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const stream = await client.responses.create({
      model: 'gpt-fake',
      stream: true,
      input: [{ role: 'user', content: [{ type: 'input_file', filename: 'deploy.env', file_data: dataUrl('text/plain', ENV_FILE) }] }],
    });
    let text = '';
    let id = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') id = event.response.id;
    }
    expect(text).toBe(ENV_FILE);
    expectMaskedUpstream(rig.openai.received, [GITHUB, STRIPE]);
    // The provider stored the file as it went out, placeholders in it; its input items come back with the client's file.
    const items: OpenAI.Responses.ResponseItem[] = [];
    for await (const item of client.responses.inputItems.list(id)) items.push(item);
    expect(JSON.stringify(items)).toContain(JSON.stringify(dataUrl('text/plain', ENV_FILE)));
  });

  it('Anthropic: a base64 document whose bytes are text is inspected; a base64 image passes unchanged', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.anthropic.reply = () => ({ text: 'read it' });
    const client = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    await client.messages.create({
      model: 'claude-fake',
      max_tokens: 100,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: Buffer.from(PDF).toString('base64') } },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } },
            { type: 'text', text: 'summarise the document' },
          ],
        },
      ],
    });
    const upstream = expectMaskedUpstream(rig.anthropic.received, [GITHUB]);
    const [pdf] = attachedFilesIn(rig.anthropic.received[0]!.raw);
    expect(pdf).toBe(PDF.replace(GITHUB, placeholdersIn(pdf!)[0]!));
    expect(upstream).toContain(`"data":"${PNG}"`);
  });

  it('refuses a file that says it is text but is no valid base64, in the provider error shape', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const sent = client.chat.completions.create({
      model: 'gpt-fake',
      messages: [{ role: 'user', content: [{ type: 'file', file: { filename: 'notes.txt', file_data: `data:text/plain;base64,${GITHUB}!` } }] }],
    });
    await expect(sent).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/messages\[0\]\.content\[0\]\.file\.file_data.*not valid base64/) as unknown });
    expect(rig.openai.received).toHaveLength(0);
  });
});
