const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['detectors', 2, 'action']` → `detectors[2].action`; keys that are not identifiers → `sites["chatgpt.com"]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
