// Normalised identifiers. The database indexes clients on these keys and the
// resolver looks screen contexts up by them, so both sides must use these
// functions and nothing else.

export function normaliseEmail(raw: string): string | null {
  const e = raw.trim().toLowerCase().replace(/^mailto:/, '');
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(e) ? e : null;
}

export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(at + 1) : null;
}

/** Matter / billing codes compare exactly after trimming and case-folding. */
export function normaliseMatterCode(raw: string): string | null {
  const m = raw.trim().replace(/\s+/g, ' ').toUpperCase();
  return m ? m : null;
}

/** Names compare case-folded, accents and punctuation ignored, whitespace collapsed. */
export function normaliseName(raw: string): string | null {
  const n = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return n ? n : null;
}

export type IdentityKey = `${'email' | 'domain' | 'case' | 'matter' | 'name' | 'person' | 'pdomain' | 'pname'}:${string}`;
