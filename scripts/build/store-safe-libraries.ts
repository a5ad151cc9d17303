// Two library code paths that store reviews flag, removed at build time from
// every bundle (Chrome and Firefox alike, so both ship the same code):
//
// - zod 4 compiles fast validators with the Function constructor. Extension
//   pages forbid eval anyway, so zod falls back to its interpreter after a
//   probe — but `web-ext lint` (and AMO's review) flags the constructor itself,
//   and Chrome reports the failed probe as a CSP violation. Here zod's config
//   starts as `{ jitless: true }` (what `z.config({ jitless: true })` would set,
//   but in force before any module builds a schema, in every bundle, whatever
//   the import order), and each place that takes the Function constructor gets
//   a function that throws instead.
// - Preact sets innerHTML for `dangerouslySetInnerHTML`, a prop Rapport never
//   uses. Here that assignment throws instead, so a use fails loudly.
//
// A rewrite that no longer finds its text (after a library update) fails the
// build: better than silently shipping the flagged code again.
import type { Plugin } from 'vite';

interface Rewrite {
  /** The module's path inside node_modules. */
  file: string;
  /** What to replace, and how many times it must be found. */
  find: RegExp;
  count: number;
  replace: string;
}

const NO_EVAL = `function () { throw new Error("Rapport builds zod without code generation (jitless)"); }`;

export const REWRITES: readonly Rewrite[] = [
  { file: 'zod/v4/core/core.js', find: /\(_a\.__zod_globalConfig = \{\}\)/g, count: 1, replace: '(_a.__zod_globalConfig = { jitless: true })' },
  // The eval probe (util.js), the object fast path (doc.js), z.compile (compile.js).
  ...['util.js', 'doc.js', 'compile.js'].map((f) => ({ file: `zod/v4/core/${f}`, find: /const F = Function;/g, count: 1, replace: `const F = ${NO_EVAL};` })),
  {
    file: 'preact/dist/preact.mjs',
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
    count: 1,
    replace: '(()=>{throw new Error("Rapport does not render dangerouslySetInnerHTML")})()',
  },
];

/** The rewritten source of a module, or null when no rewrite is about it. Throws when a rewrite no longer matches. */
export function rewriteModule(id: string, code: string): string | null {
  const path = id.split('?')[0]!.replaceAll('\\', '/');
  const mine = REWRITES.filter((r) => path.endsWith(`/node_modules/${r.file}`));
  if (!mine.length) return null;
  let out = code;
  for (const r of mine) {
    const found = out.match(r.find)?.length ?? 0;
    if (found !== r.count) throw new Error(`store-safe-libraries: expected ${r.count} × ${r.find} in ${r.file}, found ${found} (library updated? check the rewrite)`);
    out = out.replace(r.find, r.replace);
  }
  return out;
}

/** The Vite plugin: runs before other transforms so it sees the files as published. */
export function storeSafeLibraries(): Plugin {
  return {
    name: 'rapport:store-safe-libraries',
    enforce: 'pre',
    transform(code, id) {
      const out = rewriteModule(id, code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
