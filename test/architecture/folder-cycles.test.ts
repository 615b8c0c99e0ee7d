import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Packages whose folders must not import each other both ways; files at a package's top are its composition root. */
const PACKAGES = ['shared/src', 'desktop/src', 'server/src', 'extension/src'];
/** Test code and test support may reach anywhere. */
const isTestSupport = (path: string) => /\.test\.ts$|\.test-helper\.ts$|\/testing\/|\/bench\//.test(path);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !isTestSupport(path) ? [path] : [];
  });
}

/** The first folder under the package (`desktop/src/gateway`), or undefined for a file at the package's top. */
function folderOf(file: string, pkg: string): string | undefined {
  const rest = relative(pkg, file).split('/');
  return rest.length > 1 ? `${pkg}/${rest[0]}` : undefined;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) if (existsSync(join(ROOT, candidate)) && candidate.endsWith('.ts')) return candidate;
  return undefined;
}

/** Folder → folders it imports from (static and dynamic relative imports), with one file that does it. */
function folderEdges(pkg: string): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(pkg)) {
    const from = folderOf(file, pkg);
    if (from === undefined) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\()\s*'(\.[^']+)'/g)) {
      const target = resolveImport(file, match[1]!);
      const to = target === undefined ? undefined : folderOf(target, pkg);
      if (to === undefined || to === from || !target!.startsWith(pkg)) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, file);
    }
  }
  return edges;
}

/** Every pair of folders that reach each other, directly or through others, as `a ↔ b (a file: …, b file: …)`. */
function cycles(edges: Map<string, Map<string, string>>): string[] {
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      for (const next of edges.get(stack.pop()!)?.keys() ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return seen;
  };
  const found: string[] = [];
  for (const a of edges.keys()) for (const b of reach(a)) if (a < b && reach(b).has(a)) found.push(`${a} ↔ ${b}`);
  return found;
}

/** File → files it imports values from (`import type` costs nothing at run time and may go both ways). */
function fileEdges(pkg: string): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(pkg)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm)) {
      const target = resolveImport(file, match[1]!);
      if (target === undefined || isTestSupport(target)) continue;
      if (!edges.has(file)) edges.set(file, new Map());
      edges.get(file)!.set(target, file);
    }
  }
  return edges;
}

describe('folders of each package depend one way', () => {
  for (const pkg of PACKAGES) {
    it(`${pkg} has no folder cycles`, () => {
      expect(cycles(folderEdges(pkg))).toEqual([]);
    });
    it(`${pkg} has no files that import values from each other, directly or around a loop`, () => {
      expect(cycles(fileEdges(pkg))).toEqual([]);
    });
  }

  it('sees a cycle when there is one', () => {
    const edges = new Map([
      ['p/a', new Map([['p/b', 'p/a/x.ts']])],
      ['p/b', new Map([['p/c', 'p/b/y.ts']])],
      ['p/c', new Map([['p/a', 'p/c/z.ts']])],
    ]);
    expect(cycles(edges)).toEqual(['p/a ↔ p/b', 'p/a ↔ p/c', 'p/b ↔ p/c']);
  });
});
