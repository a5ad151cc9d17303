import { clientInputSchema, type Client, type ClientFields } from '../model/client';
import { newId } from '../model/ids';
import type { IdentityKey } from '../identity/normalise';
import { mergeClientFields, canonicalJson } from '../backup/merge';
import type { ExistingData } from '../backup/existing';
import { formatIssue, zodIssues } from '../backup/issues';
import type { RowResult } from './rows';
import { formatList } from '../i18n/format';
import { t, tn } from '../i18n/t';

// The import preview: what each row of the file will do, decided before
// anything is written. Rows are matched on e-mail address only (names are
// not identity): a row whose address belongs to one existing client is
// merged into it, adding what it lacks and never overwriting what is there;
// a row that adds nothing is skipped as a duplicate; rows repeating an
// earlier row of the same file are folded into that row the same way.

export type RowOutcome =
  | { line: number; outcome: 'new'; name: string; id: string }
  | { line: number; outcome: 'merged'; name: string; id: string; into: { existing: string } | { line: number }; matchedEmail: string; kept: string[] }
  | { line: number; outcome: 'duplicate'; name: string; of: { existing: string } | { line: number }; matchedEmail: string }
  | { line: number; outcome: 'error'; reason: string };

export interface ImportWrite {
  /** New: an id chosen here, so applying the import twice cannot create the client twice. Merged: the existing client's id. */
  id: string;
  existing: boolean;
  client: ClientFields;
  /** The lines of the file that went into this record. */
  lines: number[];
}

export interface ImportPreview {
  rows: RowOutcome[];
  counts: { new: number; merged: number; duplicate: number; error: number; total: number };
  /** Everything to write, validated: new clients and the complete merged versions of existing ones. */
  writes: ImportWrite[];
}

export interface PreviewOptions {
  newId?: () => string;
  batchSize?: number;
}

export async function previewImport(rows: readonly RowResult[], db: ExistingData, opts: PreviewOptions = {}): Promise<ImportPreview> {
  const makeId = opts.newId ?? newId;
  const size = opts.batchSize ?? 1000;

  const keys = new Set<IdentityKey>();
  for (const r of rows) if (r.ok) for (const e of r.client.emails) keys.add(`email:${e}`);
  const holders = new Map<IdentityKey, string[]>();
  const list = [...keys];
  for (let i = 0; i < list.length; i += size) for (const [k, v] of await db.clientIdsByKey(list.slice(i, i + size))) holders.set(k, v);
  const ids = [...new Set([...holders.values()].flat())];
  const existing = new Map<string, Client>();
  for (let i = 0; i < ids.length; i += size) for (const [k, v] of await db.clientsById(ids.slice(i, i + size))) existing.set(k, v);

  const out: RowOutcome[] = [];
  const writes = new Map<string, ImportWrite>(); // by id, in first-seen order
  // Every address seen so far → the record it now belongs to: an existing
  // client (from the database or merged into by an earlier row) or a new one.
  type Owner = { id: string; existing: boolean; from: { existing: string } | { line: number } };
  const owner = new Map<string, Owner>();
  const describe = (o: Owner) => ('line' in o.from ? t('data_row_contact_on_line', { line: o.from.line }) : t('data_row_client_named', { name: existing.get(o.id)?.name ?? o.id }));

  for (const r of rows) {
    if (!r.ok) {
      out.push({ line: r.line, outcome: 'error', reason: r.reason });
      continue;
    }
    const c = r.client;
    const targets = new Map<string, { o: Owner; email: string }>();
    for (const e of c.emails) {
      const known = owner.get(e);
      const found: Owner[] = known ? [known] : (holders.get(`email:${e}`) ?? []).map((id) => ({ id, existing: true, from: { existing: id } }));
      for (const o of found) if (!targets.has(o.id)) targets.set(o.id, { o, email: e });
    }
    if (targets.size > 1) {
      const who = formatList([...targets.values()].map((x) => describe(x.o)));
      out.push({ line: r.line, outcome: 'error', reason: tn('data_row_ambiguous', targets.size, { who }) });
      continue;
    }
    const hit = [...targets.values()][0];
    if (!hit) {
      const id = makeId();
      writes.set(id, { id, existing: false, client: c, lines: [r.line] });
      for (const e of c.emails) owner.set(e, { id, existing: false, from: { line: r.line } });
      out.push({ line: r.line, outcome: 'new', name: c.name, id });
      continue;
    }
    const { o, email } = hit;
    let base = writes.get(o.id)?.client;
    if (!base) {
      const stored = existing.get(o.id);
      const parsed = stored ? clientInputSchema.safeParse(stored) : null;
      if (!parsed?.success) {
        out.push({ line: r.line, outcome: 'error', reason: t('data_row_unreadable', { email }) });
        continue;
      }
      base = parsed.data;
    }
    // Import never overwrites: what the client already has is preferred.
    const m = mergeClientFields(base, c);
    if (!m.addedFromOther) {
      out.push({ line: r.line, outcome: 'duplicate', name: c.name, of: o.from, matchedEmail: email });
      continue;
    }
    const checked = clientInputSchema.safeParse(m.merged);
    if (!checked.success) {
      out.push({ line: r.line, outcome: 'error', reason: t('data_row_invalid_merge', { name: base.name, problems: zodIssues('', checked.error).map(formatIssue).join('; ') }) });
      continue;
    }
    const prev = writes.get(o.id);
    writes.set(o.id, { id: o.id, existing: o.existing, client: checked.data, lines: [...(prev?.lines ?? []), r.line] });
    for (const e of c.emails) if (!owner.has(e)) owner.set(e, o);
    out.push({ line: r.line, outcome: 'merged', name: c.name, id: o.id, into: o.from, matchedEmail: email, kept: m.differences });
  }

  const counts = { new: 0, merged: 0, duplicate: 0, error: 0, total: out.length };
  for (const o of out) counts[o.outcome]++;
  return { rows: out, counts, writes: [...writes.values()] };
}

/** True when two client versions are the same record (used by tests and the apply step to skip no-op writes). */
export const sameClient = (a: ClientFields, b: ClientFields) => canonicalJson(a) === canonicalJson(b);
