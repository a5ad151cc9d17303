import ICAL from 'ical.js';
import { clientInputSchema, emailSchema } from '../model/client';
import { normaliseEmail } from '../identity/normalise';
import { phoneFold } from '../backup/merge';
import { formatIssue, zodIssues } from '../backup/issues';
import type { RowResult } from './rows';
import type { FileError } from './csv';
import { t } from '../i18n/t';

// vCard 3.0 (RFC 2426) and 4.0 (RFC 6350), one card or many. ical.js parses
// each card (unfolding, escapes, structured N/ORG, CATEGORIES lists, tel:
// URIs); this file only finds where each card starts, so a broken card is
// reported with its line and the others still import.

export type VcardParse = { ok: true; cards: RowResult[] } | { ok: false; error: FileError };

/** Rapport's own vCard export keeps the personal notes in these properties (lib/export/vcard.ts). */
export const X_NOTES = {
  family: 'x-rapport-family',
  interests: 'x-rapport-interests',
  background: 'x-rapport-background',
  howWeMet: 'x-rapport-how-we-met',
} as const;

interface Chunk {
  line: number;
  text: string;
}

/**
 * Cuts the file at BEGIN:VCARD / END:VCARD lines. This is framing, not
 * parsing: what is between the markers goes to ical.js untouched.
 */
function cards(text: string): { chunks: Chunk[]; stray?: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const chunks: Chunk[] = [];
  let open: { line: number; from: number } | null = null;
  let stray: number | undefined;
  lines.forEach((l, i) => {
    const t = l.trim().toUpperCase();
    if (t === 'BEGIN:VCARD') {
      if (open) chunks.push({ line: open.line, text: lines.slice(open.from, i).join('\r\n') }); // a card never ended: ical.js will say so
      open = { line: i + 1, from: i };
    } else if (t === 'END:VCARD' && open) {
      chunks.push({ line: open.line, text: lines.slice(open.from, i + 1).join('\r\n') });
      open = null;
    } else if (!open && t !== '' && stray === undefined) stray = i + 1;
  });
  if (open) {
    const o = open as { line: number; from: number };
    chunks.push({ line: o.line, text: lines.slice(o.from).join('\r\n') });
  }
  return { chunks, stray };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : v == null ? '' : String(v));

// ical.js 2.2 unescapes \\, \, and \n in vCard text but leaves \; as it is,
// although RFC 2426 §5 and RFC 6350 §3.4 escape the semicolon in text values.
const unescapeSemicolon = (s: string) => s.replace(/\\;/g, ';');

function cardToClient(comp: ICAL.Component, line: number): RowResult {
  const version = str(comp.getFirstPropertyValue('version'));
  if (version && version !== '3.0' && version !== '4.0')
    return { line, ok: false, reason: t('import_vcard_version', { version }) };
  const text = (name: string) => unescapeSemicolon(str(comp.getFirstPropertyValue(name)).trim());

  const emails: string[] = [];
  const byPref = (p: ICAL.Property) => {
    const type = p.getParameter('type');
    const types = (Array.isArray(type) ? type : type ? [type] : []).map((t) => String(t).toLowerCase());
    const pref = Number(p.getParameter('pref') ?? (types.includes('pref') ? 1 : 100));
    return Number.isFinite(pref) ? pref : 100;
  };
  const sorted = (name: string) =>
    comp
      .getAllProperties(name)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => byPref(a.p) - byPref(b.p) || a.i - b.i)
      .map((x) => x.p);
  for (const p of sorted('email')) {
    const raw = str(p.getFirstValue()).trim();
    if (!raw) continue;
    const e = normaliseEmail(raw);
    if (!e || !emailSchema.safeParse(e).success) return { line, ok: false, reason: t('import_not_email_vcard', { value: raw }) };
    if (!emails.includes(e)) emails.push(e);
  }
  const phones: string[] = [];
  for (const p of sorted('tel')) {
    const v = str(p.getFirstValue()).replace(/^tel:/i, '').trim();
    if (v && !phones.some((x) => phoneFold(x) === phoneFold(v))) phones.push(v);
  }
  const tags: string[] = [];
  for (const p of comp.getAllProperties('categories'))
    for (const v of p.getValues()) {
      const t = unescapeSemicolon(str(v).trim());
      if (t && !tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
    }
  const org = comp.getFirstProperty('org');
  const orgValue = org ? org.getFirstValue() : undefined;
  const organisation = (Array.isArray(orgValue) ? str(orgValue[0]) : str(orgValue)).trim();
  const n = comp.getFirstPropertyValue('n');
  // N is Family;Given;Additional;Prefix;Suffix.
  const fromN = Array.isArray(n) ? [n[1], n[2], n[0], n[4]].map(str).map((s) => s.trim()).filter(Boolean).join(' ') : '';
  const name = text('fn') || fromN || organisation || emails[0];
  if (!name) return { line, ok: false, reason: t('import_card_no_name') };
  const title = text('title');
  const background = [title ? t('import_job_title', { title }) : '', text(X_NOTES.background)].filter(Boolean).join('\n');

  const input = {
    name,
    ...(text('nickname') ? { preferredName: text('nickname') } : {}),
    ...(organisation ? { organisation } : {}),
    emails,
    phones,
    tags,
    notes: {
      family: text(X_NOTES.family),
      interests: text(X_NOTES.interests),
      background,
      howWeMet: text(X_NOTES.howWeMet),
      notes: comp
        .getAllProperties('note')
        .map((p) => unescapeSemicolon(str(p.getFirstValue()).trim()))
        .filter(Boolean)
        .join('\n\n'),
    },
  };
  const parsed = clientInputSchema.safeParse(input);
  if (!parsed.success) return { line, ok: false, reason: zodIssues('', parsed.error).map(formatIssue).join('; ') };
  return { line, ok: true, client: parsed.data };
}

export function parseVcards(input: string): VcardParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.trim()) return { ok: false, error: { line: 0, message: t('import_file_empty') } };
  const { chunks, stray } = cards(text);
  if (!chunks.length) return { ok: false, error: { line: stray ?? 0, message: t('import_no_cards') } };
  const out: RowResult[] = [];
  for (const c of chunks) {
    try {
      const parsed = ICAL.parse(c.text) as unknown;
      // One card parses to one jCard; ical.js wraps several in an array.
      const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
      if (list.length !== 1) throw new Error('more than one card between BEGIN and END');
      const comp = new ICAL.Component(list[0] as never);
      if (comp.name !== 'vcard') throw new Error(`expected a vCard, found ${comp.name.toUpperCase()}`); // i18n-ignore: shown inside import_card_unreadable as the parser's explanation
      out.push(cardToClient(comp, c.line));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      out.push({ line: c.line, ok: false, reason: t('import_card_unreadable', { why }) });
    }
  }
  return { ok: true, cards: out };
}
