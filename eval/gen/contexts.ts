/**
 * Where a value leaks: the surroundings people and agents paste secrets in. Every secret case of the corpus
 * carries one, so recall and false alarms can be read per context (a rule that only works in `.env` files
 * fails the chat and the agent, whatever its overall recall).
 */
export const CONTEXTS = [
  /** Chat prose: a question with the value in it, inline code, lists, fenced snippets, other languages. */
  'chat',
  /** Shell: history, scripts, export, curl -H / -u, docker login, kubectl, CLI flags. */
  'shell',
  /** JSON an agent sends or receives: tool calls and results, the value inside a JSON-escaped string. */
  'tool-call',
  /** Config files: .env, YAML, JSON, TOML, INI, properties, Kubernetes manifests, CI workflows. */
  'config',
  /** Source code: Python, JavaScript/TypeScript, Go, Java, Ruby, PHP, C#, Rust, Makefiles. */
  'code',
  /** URLs: credentials in the userinfo or the query string. */
  'url',
  /** Logs, stack traces, HTTP dumps. */
  'log',
] as const;

export type Context = (typeof CONTEXTS)[number];
