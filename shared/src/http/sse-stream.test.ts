import { describe, expect, it } from 'vitest';
import { openSse } from './sse-stream';

function fakes() {
  const written: string[] = [];
  let onClose: (() => void) | undefined;
  const response = {
    status: 0,
    ended: false,
    writeHead(status: number) {
      this.status = status;
    },
    write(chunk: string) {
      written.push(chunk);
    },
    end() {
      this.ended = true;
    },
  };
  const request = { once: (_event: 'close', listener: () => void) => (onClose = listener) };
  return { written, response, request, close: () => onClose?.() };
}

describe('openSse', () => {
  it('frames events, and ends once when the client leaves', () => {
    const { written, response, request, close } = fakes();
    const stream = openSse(request, response, new AbortController().signal);
    stream.send('approval', { id: 'a1' });
    expect(response.status).toBe(200);
    expect(written).toEqual([': connected\n\n', 'event: approval\ndata: {"id":"a1"}\n\n']);
    close();
    close();
    stream.send('approval', { id: 'late' });
    expect(stream.closed.aborted).toBe(true);
    expect(response.ended).toBe(true);
    expect(written).toHaveLength(2);
  });

  it('ends when the server shuts down', () => {
    const { response, request } = fakes();
    const shutdown = new AbortController();
    const stream = openSse(request, response, shutdown.signal);
    shutdown.abort();
    expect(stream.closed.aborted).toBe(true);
    expect(response.ended).toBe(true);
  });
});
