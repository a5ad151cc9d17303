import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Where the data modules may load. Content scripts run inside Gmail, Outlook
// and court portals under a 20 KB budget: none of them may reach the import,
// export or backup code, nor its parsers. Extension pages may, but the
// parsers (papaparse, ical.js) must come in through import(), so the options
// page's first paint does not pay for them. Checked on the source's static
// import graph, read with the TypeScript compiler.

const ROOT = process.cwd();
// Every content script the build has: each `entrypoints/<name>.content/` folder.
const CONTENT_SCRIPTS = readdirSync(path.join(ROOT, 'entrypoints'))
  .filter((n) => n.endsWith('.content'))
  .map((n) => ['index.ts', 'index.tsx'].map((f) => path.join(ROOT, 'entrypoints', n, f)).find(existsSync)!);
const DATA = ['lib/import/', 'lib/export/', 'lib/backup/', 'components/data/'];
const PARSERS = ['papaparse', 'ical.js'];

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) if (existsSync(c) && !c.endsWith('/') && /\.tsx?$/.test(c)) return c;
  return null;
}

/** Static imports and re-exports of a file (type-only ones cost nothing at run time and are skipped). */
function staticImports(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const s of src.statements) {
    if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly && ts.isStringLiteral(s.moduleSpecifier)) out.push(s.moduleSpecifier.text);
    if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) out.push(s.moduleSpecifier.text);
  }
  return out;
}

/** Every file and package reachable through static imports. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of staticImports(f)) {
      const r = resolve(f, spec);
      if (r) todo.push(r);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { files, packages };
}
const rel = (f: string) => path.relative(ROOT, f);

describe('bundle boundaries of the data modules', () => {
  it('finds the content scripts', () => expect(CONTENT_SCRIPTS.length).toBeGreaterThanOrEqual(4));

  it.each(CONTENT_SCRIPTS.map((f) => [rel(f), f]))('content script %s reaches no import, export or backup code', (_name, entry) => {
    const { files, packages } = reach(entry);
    expect(files.size).toBeGreaterThan(1);
    expect([...files].map(rel).filter((f) => DATA.some((d) => f.startsWith(d)))).toEqual([]);
    expect([...packages].filter((p) => PARSERS.includes(p))).toEqual([]);
  });

  it.each(['lib/import/index.ts', 'lib/export/index.ts', 'components/data/ColumnMapping.tsx', 'components/data/ImportPreview.tsx', 'components/data/RestorePreview.tsx', 'lib/backup/validate.ts', 'lib/backup/restore-plan.ts', 'lib/backup/writer.ts'])(
    '%s loads no parser until it is used',
    (entry) => {
      const { packages } = reach(path.join(ROOT, entry));
      expect([...packages].filter((p) => PARSERS.includes(p))).toEqual([]);
    },
  );

  it('the check sees a parser when one is imported statically', () => {
    expect(reach(path.join(ROOT, 'lib/import/csv.ts')).packages.has('papaparse')).toBe(true);
    expect(reach(path.join(ROOT, 'lib/export/vcard.ts')).packages.has('ical.js')).toBe(true);
  });
});
