/**
 * The files a JSON body carries in base64, decoded, in document order: data URLs as UTF-8, bare `data` values
 * (a document or image source's) as Latin-1, which reads any bytes. For "no secret reached the provider" checks
 * that must look inside attachments, and for fake models that quote what they were given.
 */
export function attachedFilesIn(json: string): string[] {
  const out: string[] = [];
  JSON.parse(json, (key, value: unknown) => {
    if (typeof value !== 'string') return value;
    const url = /^data:[^,]*;base64,/.exec(value);
    if (url) out.push(Buffer.from(value.slice(url[0].length), 'base64').toString('utf8'));
    else if (key === 'data') out.push(Buffer.from(value, 'base64').toString('latin1'));
    return value;
  });
  return out;
}

/** The bodies, each followed by the files attached to it, decoded (see `attachedFilesIn`). */
export function withAttachedFiles(received: ReadonlyArray<{ raw: string }>): string {
  return received.map(({ raw }) => [raw, ...attachedFilesIn(raw)].join('\n')).join('\n');
}
