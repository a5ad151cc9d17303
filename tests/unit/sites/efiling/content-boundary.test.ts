import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The portal content scripts carry no tables: what a case number is, which
// court a host is, which portals the catalogue knows — the background answers
// those (lib/sites/efiling/reading.ts, readCases). Checked on the static
// import graph, so a stray import fails here before the bundle budget does.

const ROOT = process.cwd();
const PORTAL_SCRIPTS = ['entrypoints/efiling.content/index.ts', 'entrypoints/portal.content/index.ts'];
const TABLES = [
  'lib/identity/case-number.ts',
  'lib/identity/courts.ts',
  'lib/identity/state-formats.ts',
  'lib/identity/court-match.ts',
  'lib/identity/case-reader.ts',
  'lib/sites/efiling/catalogue.ts',
  'lib/sites/efiling/court-of-page.ts',
  'lib/sites/efiling/tables.ts',
  'lib/sites/efiling/matter-codes.ts',
];

/** Files reachable through static, non-type imports. */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [path.join(ROOT, entry)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const src = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const s of src.statements) {
      const spec =
        (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly) || (ts.isExportDeclaration(s) && !s.isTypeOnly) ? s.moduleSpecifier : undefined;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
      const base = path.resolve(path.dirname(f), spec.text);
      const hit = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(existsSync);
      if (hit) todo.push(hit);
    }
  }
  return new Set([...seen].map((f) => path.relative(ROOT, f)));
}

describe('portal content scripts carry no tables', () => {
  it.each(PORTAL_SCRIPTS)('%s reaches none of them', (entry) => {
    const files = reach(entry);
    expect(files.has('components/overlay/overlay.ts')).toBe(true);
    expect(files.has('lib/sites/efiling/reading.ts')).toBe(true);
    expect([...files].filter((f) => TABLES.includes(f))).toEqual([]);
  });

  it('the check sees a table when one is imported', () => {
    expect(reach('lib/sites/efiling/tables.ts').has('lib/identity/state-formats.ts')).toBe(true);
  });
});
