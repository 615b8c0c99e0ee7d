/** `Chat.OpenAI.com.` / `chatgpt.com:443` → `chat.openai.com` / `chatgpt.com`. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (!h.startsWith('[')) h = h.replace(/:\d+$/, ''); // keep IPv6 literals whole
  return h.replace(/\.$/, '');
}

/** `chatgpt.com` matches that host only; `*.openai.com` matches any subdomain at any depth but not `openai.com`. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  return host === pattern;
}
