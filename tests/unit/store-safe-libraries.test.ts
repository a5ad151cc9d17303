// The build-time rewrites of zod and Preact, applied to the installed files
// themselves (what the bundler sees), and what the rewritten code then does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REWRITES, rewriteModule } from '../../scripts/build/store-safe-libraries';

const ROOT = path.resolve(import.meta.dirname, '../..');
const installed = (file: string) => path.join(ROOT, 'node_modules', file);
const rewritten = (file: string) => rewriteModule(installed(file), readFileSync(installed(file), 'utf8'))!;

describe('store-safe library rewrites', () => {
  it('leaves other modules alone', () => {
    expect(rewriteModule(path.join(ROOT, 'lib/model/client.ts'), 'const F = Function;')).toBeNull();
    expect(rewriteModule(installed('zod/v4/core/schemas.js'), 'x')).toBeNull();
  });

  it('finds every rewrite in the installed library versions', () => {
    for (const file of new Set(REWRITES.map((r) => r.file))) expect(() => rewritten(file)).not.toThrow();
  });

  it('fails the build when a library no longer has the text a rewrite expects', () => {
    expect(() => rewriteModule(installed('zod/v4/core/doc.js'), 'export class Doc {}')).toThrow(/expected 1 .* in zod\/v4\/core\/doc\.js, found 0/);
    expect(() => rewriteModule(installed('preact/dist/preact.mjs'), 'a.innerHTML=b.__html;(c.innerHTML=d.__html)(e.innerHTML=f.__html)')).toThrow(/found 2/);
  });

  it('starts zod in jitless mode, before any schema exists', () => {
    const core = rewritten('zod/v4/core/core.js');
    expect(core).toContain('(_a.__zod_globalConfig = { jitless: true })');
    expect(core).not.toContain('(_a.__zod_globalConfig = {})');
  });

  it('leaves zod no way to reach the Function constructor', () => {
    for (const file of ['util.js', 'doc.js', 'compile.js']) {
      // Comments may still say "new Function"; the code may not.
      const code = rewritten(`zod/v4/core/${file}`)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(code).not.toMatch(/=\s*Function\b|\bnew Function\b|\bFunction\(/);
      // What stands in for it throws, so the eval probe reports "no eval" and the fast paths cannot run.
      const stand = code.match(/const F = (function \(\) \{[^}]*\});/)?.[1];
      expect(stand).toBeDefined();
      const F = (0, eval)(`(${stand})`) as new (...args: string[]) => unknown;
      expect(() => new F('return 1')).toThrow(/without code generation/);
    }
  });

  it('makes Preact refuse dangerouslySetInnerHTML instead of assigning innerHTML', () => {
    const preact = rewritten('preact/dist/preact.mjs');
    expect(preact).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(preact).toContain('Rapport does not render dangerouslySetInnerHTML');
    // The rest of Preact is untouched: same size give or take the replaced expression.
    const original = readFileSync(installed('preact/dist/preact.mjs'), 'utf8');
    expect(Math.abs(preact.length - original.length)).toBeLessThan(100);
  });

  it('leaves zod validating objects in jitless mode (the path the bundles take)', () => {
    const prev = z.config().jitless;
    z.config({ jitless: true });
    try {
      const schema = z.object({ name: z.string().min(1), age: z.number().int().optional() });
      expect(schema.safeParse({ name: 'Maria', age: 41 }).success).toBe(true);
      expect(schema.safeParse({ name: '', age: 4.5 }).error?.issues.map((i) => i.path.join('.'))).toEqual(['name', 'age']);
    } finally {
      z.config({ jitless: prev });
    }
  });
});
