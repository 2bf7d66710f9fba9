import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The directions between libraries (DESIGN.md, Architecture): libs/text depends on nothing,
 * libs/search and libs/matching use libs/text and never each other (candidate retrieval is wired
 * where both are known: apps/api and the evaluation command), no library imports an app, NestJS or
 * TypeORM, libs/text imports no package at all, and no import cycle exists — between libraries or
 * between files. Every file under libs/<name>/src is read, specs included. A new library must be
 * added to ALLOWED and PACKAGES.
 */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  search: ['text'],
  matching: ['text'],
  scheduling: [],
};
/** Packages no library may import (they belong to the apps). */
const FORBIDDEN_PACKAGES = [/^@nestjs\//, /^typeorm($|\/)/, /^@apollo\//, /^react($|\/)/];
/** The packages each library's code may import (tests may also use Node's built-ins): libs/text none at all. */
const PACKAGES: Record<string, readonly RegExp[]> = {
  text: [],
  search: [/^meilisearch($|\/)/, /^node:/],
  matching: [/^node:/],
  scheduling: [],
};

const LIBS = __dirname;
const ROOT = resolve(LIBS, '..');

interface Edge {
  from: string; // file, relative to the repository root
  specifier: string;
  /** Resolved file (relative to the root) for relative imports, else undefined (a package). */
  to?: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Module specifiers of a TypeScript source (comments stripped first, so examples in docs do not count). */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveRelative(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts'), join(base, 'index.js')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate).split(sep).join('/');
  }
  return relative(ROOT, base).split(sep).join('/');
}

/** The library a repository path belongs to ("libs/text/src/stem.ts" → "text"), else null. */
export function libraryOf(path: string): string | null {
  const match = /^libs\/([^/]+)\//.exec(path);
  return match ? match[1] : null;
}

/** Every violation of the rules in a set of edges, as readable lines (empty when the graph is fine). */
export function violations(edges: readonly Edge[], allowed: Record<string, readonly string[]> = ALLOWED, packages: Record<string, readonly RegExp[]> = PACKAGES): string[] {
  const problems: string[] = [];
  const libraryGraph = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = libraryOf(edge.from);
    if (!from) continue;
    if (!(from in allowed)) problems.push(`${edge.from}: library "${from}" is not declared in ALLOWED (libs/import-graph.spec.ts)`);
    if (edge.to === undefined) {
      if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(edge.specifier))) problems.push(`${edge.from} imports ${edge.specifier}: libraries stay framework-free`);
      else if (!(packages[from] ?? []).some((pattern) => pattern.test(edge.specifier)) && !(/\.spec\.ts$/.test(edge.from) && /^node:/.test(edge.specifier))) {
        problems.push(`${edge.from} imports the package ${edge.specifier}, not allowed for libs/${from} (PACKAGES in libs/import-graph.spec.ts)`);
      }
      continue;
    }
    if (!edge.to.startsWith('libs/')) {
      problems.push(`${edge.from} imports ${edge.specifier} (${edge.to}): a library never imports an app or anything outside libs/`);
      continue;
    }
    const to = libraryOf(edge.to);
    if (!to || to === from) continue;
    if (!libraryGraph.has(from)) libraryGraph.set(from, new Set());
    libraryGraph.get(from)!.add(to);
    if (!(allowed[from] ?? []).includes(to)) problems.push(`${edge.from} imports ${edge.specifier}: libs/${from} may not depend on libs/${to}`);
  }
  for (const cycle of cycles(libraryGraph)) problems.push(`library cycle: ${cycle.join(' → ')}`);
  const fileGraph = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.to || !libraryOf(edge.from) || !libraryOf(edge.to)) continue;
    if (!fileGraph.has(edge.from)) fileGraph.set(edge.from, new Set());
    fileGraph.get(edge.from)!.add(edge.to);
  }
  for (const cycle of cycles(fileGraph)) problems.push(`file cycle: ${cycle.join(' → ')}`);
  return problems;
}

/** One cycle per strongly connected component of more than one node (or a self-loop), as a path. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const strongConnect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        strongConnect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(pathThrough(graph, new Set(component)));
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) strongConnect(node);
  return found;
}

/** A closed path inside one strongly connected component, for the error message. */
function pathThrough(graph: Map<string, Set<string>>, component: Set<string>): string[] {
  const start = [...component].sort()[0];
  const path = [start];
  const seen = new Set([start]);
  let node = start;
  for (;;) {
    const next = [...(graph.get(node) ?? [])].filter((n) => component.has(n)).sort();
    const back = next.find((n) => n === start);
    const fresh = next.find((n) => !seen.has(n));
    if (back !== undefined && (fresh === undefined || path.length > 1)) return [...path, start];
    if (fresh === undefined) return [...path, next[0] ?? start];
    path.push(fresh);
    seen.add(fresh);
    node = fresh;
  }
}

function repositoryEdges(): Edge[] {
  const libraries = readdirSync(LIBS).filter((name) => statSync(join(LIBS, name)).isDirectory());
  return libraries.flatMap((library) =>
    sourceFiles(join(LIBS, library, 'src')).flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).map((specifier) => ({
        from: relative(ROOT, file).split(sep).join('/'),
        specifier,
        to: specifier.startsWith('.') ? resolveRelative(file, specifier) : undefined,
      })),
    ),
  );
}

describe('import graph of libs/', () => {
  it('reads imports, exports, require() and import() and ignores comments', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../../search/src';",
      "export { c } from './c';",
      "export * from './d';",
      "import './side-effect';",
      "const e = require('./e');",
      "const f = await import('./f');",
      "// import { x } from '../../../apps/api/src/x';",
      "/* import { y } from 'typeorm'; */",
      "const url = 'http://example.org'; // a string with // in it",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', '../../search/src', './c', './d', './side-effect', './e', './f']);
  });

  it('flags forbidden directions, frameworks, apps and cycles', () => {
    const edges: Edge[] = [
      { from: 'libs/text/src/stem.ts', specifier: '../../matching/src', to: 'libs/matching/src/index.ts' },
      { from: 'libs/matching/src/candidates.ts', specifier: '../../search/src', to: 'libs/search/src/index.ts' },
      { from: 'libs/search/src/query.ts', specifier: '../../matching/src', to: 'libs/matching/src/index.ts' },
      { from: 'libs/matching/src/x.ts', specifier: '@nestjs/common' },
      { from: 'libs/search/src/y.ts', specifier: '../../../apps/api/src/z', to: 'apps/api/src/z.ts' },
      { from: 'libs/matching/src/index.ts', specifier: './a', to: 'libs/matching/src/a.ts' },
      { from: 'libs/matching/src/a.ts', specifier: './index', to: 'libs/matching/src/index.ts' },
      { from: 'libs/search/src/ok.ts', specifier: '../../text/src', to: 'libs/text/src/index.ts' },
      { from: 'libs/text/src/io.ts', specifier: 'node:fs' },
      { from: 'libs/text/src/io.spec.ts', specifier: 'node:fs' },
      { from: 'libs/search/src/client.ts', specifier: 'meilisearch' },
    ];
    const found = violations(edges);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/libs\/text may not depend on libs\/matching/),
        expect.stringMatching(/libs\/matching may not depend on libs\/search/),
        expect.stringMatching(/libs\/search may not depend on libs\/matching/),
        expect.stringMatching(/@nestjs\/common: libraries stay framework-free/),
        expect.stringMatching(/never imports an app/),
        expect.stringMatching(/^libs\/text\/src\/io\.ts imports the package node:fs/),
        expect.stringMatching(/^library cycle: matching → search → matching$|^library cycle: matching → (search|text) → .*matching$/),
        expect.stringMatching(/^file cycle: libs\/matching\/src\/a\.ts → libs\/matching\/src\/index\.ts → libs\/matching\/src\/a\.ts$/),
      ]),
    );
    expect(found.some((line) => line.includes('ok.ts') || line.includes('io.spec.ts') || line.includes('client.ts'))).toBe(false);
    expect(violations([{ from: 'libs/new/src/a.ts', specifier: './b', to: 'libs/new/src/b.ts' }])).toEqual([expect.stringMatching(/"new" is not declared/)]);
  });

  it('holds for every file under libs/*/src', () => {
    const edges = repositoryEdges();
    expect(edges.filter((edge) => libraryOf(edge.from) === 'text').length).toBeGreaterThan(5);
    expect(edges.some((edge) => libraryOf(edge.from) === 'search' && libraryOf(edge.to ?? '') === 'text')).toBe(true);
    expect(edges.some((edge) => libraryOf(edge.from) === 'matching' && libraryOf(edge.to ?? '') === 'text')).toBe(true);
    expect(violations(edges)).toEqual([]);
  });
});
