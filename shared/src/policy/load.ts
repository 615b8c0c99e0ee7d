import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { core } from 'zod';
import { formatPath } from './issue-path';
import { policySchema, type Policy } from './schema';

export interface PolicyError {
  /** Where in the document: `detectors[2].action`; empty for the document itself (syntax errors). */
  path: string;
  message: string;
  /** 1-based, when known. */
  line?: number;
  column?: number;
}

export type LoadPolicyResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/** Positions of YAML nodes, so schema errors can point at a line as well as a path. */
type Locate = (path: ReadonlyArray<PropertyKey>) => { line: number; column: number } | undefined;

function jsonSyntaxError(text: string, error: unknown): PolicyError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return { path: '', message: `invalid JSON: ${message}` };
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return { path: '', message: `invalid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`, line, column };
}

function parseJson(text: string): { value: unknown; locate: Locate } | PolicyError[] {
  try {
    return { value: JSON.parse(text), locate: () => undefined };
  } catch (error) {
    return [jsonSyntaxError(text, error)];
  }
}

function parseYaml(text: string): { value: unknown; locate: Locate } | PolicyError[] {
  const lineCounter = new LineCounter();
  // `uniqueKeys` (on by default) turns a duplicated key into an error instead of a silent last-wins.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => {
      const at = lineCounter.linePos(error.pos[0]);
      return { path: '', message: `invalid YAML: ${error.message.split('\n')[0]}`, line: at.line, column: at.col };
    });
  }
  const locate: Locate = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        const at = lineCounter.linePos(node.range[0]);
        return { line: at.line, column: at.col };
      }
    }
    return undefined;
  };
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), locate };
  } catch (error) {
    // Alias bombs ("billion laughs") end up here.
    return [{ path: '', message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

function toError(issue: core.$ZodIssue, locate: Locate): PolicyError {
  // An unknown key is reported on its object; naming the key itself is what the admin needs.
  const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
  const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message;
  const at = locate(path);
  return { path: formatPath(path), message, ...(at ?? {}) };
}

/**
 * Parses and validates a policy document. YAML is the default (JSON is YAML too, but `format: 'json'` gives
 * JSON's stricter syntax). Never throws: every problem comes back with a path and, for YAML, a line.
 */
export function loadPolicy(text: string, format: 'yaml' | 'json' = 'yaml'): LoadPolicyResult {
  const parsed = format === 'json' ? parseJson(text) : parseYaml(text);
  if (Array.isArray(parsed)) return { ok: false, errors: parsed };
  const result = policySchema.safeParse(parsed.value);
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => toError(issue, parsed.locate)) };
}
