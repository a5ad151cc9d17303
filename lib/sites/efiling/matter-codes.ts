// Known matter codes in a page's free text, as whole tokens. The portal
// overlay reads matter codes from their own column only, so this is not part
// of a content script; the scanner takes it as an option (scanner.ts).

import { normaliseMatterCode } from '../../identity/normalise';
import type { MatterFinder } from './scanner';

// Token separators for matter codes: spaces, list punctuation, quotes, "#", and
// a "." or ":" that ends a token ("ACME-0042." / "ACME-0042: …", not "1042.003").
const SPLIT = /[.:]?(?:[\s,;|()[\]"'“”‘’#]+|$)/;

/** A finder for `codes` (normalised with normaliseMatterCode), or undefined when there are none. */
export function matterFinder(codes: ReadonlySet<string>): MatterFinder | undefined {
  /** First word of every code: most tokens are rejected with one lookup. */
  const first = new Set<string>();
  let words = 0;
  let min = 1e9;
  /** Some code holds a token separator: only then try a text node's whole text. */
  let odd = false;
  for (const c of codes) {
    const w = c.split(SPLIT).filter(Boolean);
    first.add(w[0] ?? c);
    words = Math.max(words, w.length);
    min = Math.min(min, c.length);
    odd ||= w.join(' ') !== c;
  }
  if (!words) return undefined;
  return {
    min,
    find(text) {
      const out: { key: string; raw: string }[] = [];
      if (odd) {
        const whole = normaliseMatterCode(text);
        if (whole && codes.has(whole)) out.push({ key: whole, raw: text.trim() });
      }
      const w = text.split(SPLIT);
      const u = text.toUpperCase().split(SPLIT);
      for (let i = 0; i < u.length; i++)
        if (first.has(u[i]!))
          for (let j = i + 1; j <= Math.min(u.length, i + words); j++) {
            const k = u.slice(i, j).join(' ');
            if (codes.has(k)) out.push({ key: k, raw: w.slice(i, j).join(' ') });
          }
      return out;
    },
  };
}
