// How a case number travels from a page to the background (case-number.ts):
// the number as printed, compacted, and ` @<court>` when the page knows it.
// No tables here, so the portal content scripts can key what they ask by it.

/** Upper case, unicode dashes as "-", one space, no space around - : / (how numbers are compared as printed). */
export const compactCase = (raw: string): string =>
  raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?([-:/]) ?/g, '$1')
    .replace(/[.,;]+$/, '');

/** A reference for `raw` seen in `court` (fixed point: caseRef(caseRef(x)) === caseRef(x)). */
export function caseRef(raw: string, court?: string | null): string {
  const s = compactCase(raw);
  const at = /^(.*?) ?@(.+)$/.exec(s);
  const c = court?.trim() ? compactCase(court).replace(/@/g, '') : undefined;
  if (at) return c ? `${at[1]} @${at[2]}` : s;
  return c ? `${s} @${c}` : s;
}

/**
 * The portal overlay asks about matter codes through the case-number channel
 * (its keys all travel as `case:<ref>`): a ref `matter:<code>` is a matter code.
 */
export const MATTER_REF = 'matter:';
