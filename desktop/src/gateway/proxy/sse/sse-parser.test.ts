import { describe, expect, it } from 'vitest';
import { serializeSse, withData } from './sse-event';
import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('parses events split at every byte, with CRLF endings, comments and multi-line data', () => {
    const wire = ': ping\r\n\r\nevent: content_block_delta\r\ndata: {"a":1}\r\n\r\ndata: line one\ndata: line two\nid: 7\n\ndata: [DONE]\n\n';
    const parser = new SseParser();
    const events = [...wire].flatMap((char) => parser.push(char));
    expect(events.map(({ event, data, id }) => ({ event, data, id }))).toEqual([
      { event: undefined, data: '', id: undefined },
      { event: 'content_block_delta', data: '{"a":1}', id: undefined },
      { event: undefined, data: 'line one\nline two', id: '7' },
      { event: undefined, data: '[DONE]', id: undefined },
    ]);
    expect(parser.end()).toEqual([]);
  });

  it('passes unchanged events on byte for byte (line endings normalised) and rewrites changed ones', () => {
    const parser = new SseParser();
    const [event] = parser.push('event: x\ndata: {"t":"a"}\n\n');
    expect(serializeSse(event!)).toBe('event: x\ndata: {"t":"a"}\n\n');
    expect(serializeSse(withData(event!, '{"t":"b"}'))).toBe('event: x\ndata: {"t":"b"}\n\n');
  });

  it('keeps a last event that lacks its blank line', () => {
    const parser = new SseParser();
    expect(parser.push('data: tail')).toEqual([]);
    expect(parser.end().map((event) => event.data)).toEqual(['tail']);
  });
});
