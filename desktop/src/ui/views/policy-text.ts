/** How policy facts read for people, shared by Overview and Settings. */

export function describePolicySource(source: 'default' | 'file' | 'org'): string {
  switch (source) {
    case 'default':
      return 'Built-in default';
    case 'file':
      return 'Policy file';
    case 'org':
      return 'Organisation (signed)';
  }
}

export function describeFailMode(mode: 'closed' | 'open'): { label: string; help: string } {
  return mode === 'closed'
    ? { label: 'Closed', help: 'If the gateway cannot be reached, the extension holds prompts back instead of sending them unchecked.' }
    : { label: 'Open', help: 'If the gateway cannot be reached, the extension lets prompts through unchecked and tells the person.' };
}
