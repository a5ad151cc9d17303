// Filings logged from portal rows, and the flag a rejected one raises.
//
// Data shape: a filing is an ordinary interaction (kind 'filing') with an
// optional `filing` object — the portal's status words, case number, row ref
// and, once the lawyer has dealt with it, `acknowledgedAt`. While a rejection
// is unacknowledged the stored record also carries `openFlag` = its client id,
// indexed sparsely (migration 2), so "this client's open flags" is one index
// read however many e-mails the client has. Keeping flags on the interaction
// (rather than a store of their own) means deleting an interaction or a client
// takes its flag with it, and the filing shows in the client's history.

import { filingState } from '../../model/filing';
import { newId } from '../../model/ids';
import type { Interaction } from '../../model/interaction';
import { StoreError } from '../errors';
import type { Db } from '../open';

export interface FilingInput {
  clientId: string;
  /** Portal adapter id ("one-legal", "odyssey", "fsx", "pacer", "portal"). */
  site: string;
  status: string;
  caseNumber?: string;
  /** Normalised case key (or matter code) — the dedupe fallback when the row has no ref. */
  caseKey: string;
  ref?: string;
  summary: string;
  at: number;
}

/** One filing per client, portal, row and status: revisiting a page logs nothing new. */
export const filingMessageId = (site: string, ref: string | undefined, caseKey: string, status: string) =>
  `filing:${site}:${ref ? `ref:${ref}` : `case:${caseKey}`}:${filingState(status) === 'other' ? status.trim().toLowerCase() : filingState(status)}`;

/**
 * Logs a filing once. A second call for the same row and status returns the
 * first record (acknowledged or not) and writes nothing, so an acknowledged
 * rejection is not raised again by visiting the page.
 */
export async function logFiling(db: Db, f: FilingInput): Promise<{ interaction: Interaction; created: boolean; flagged: boolean }> {
  const tx = db.transaction(['clients', 'interactions'], 'readwrite');
  if (!(await tx.objectStore('clients').get(f.clientId))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StoreError('not-found', 'That client no longer exists.');
  }
  const store = tx.objectStore('interactions');
  const messageId = filingMessageId(f.site, f.ref, f.caseKey, f.status);
  const existing = await store.index('byClientMessage').get([f.clientId, messageId]);
  if (existing) {
    await tx.done;
    return { interaction: strip(existing), created: false, flagged: false };
  }
  const interaction: Interaction = {
    id: newId(),
    clientId: f.clientId,
    kind: 'filing',
    at: f.at,
    summary: f.summary,
    source: f.site,
    messageId,
    filing: { status: f.status, ...(f.caseNumber ? { caseNumber: f.caseNumber } : {}), ...(f.ref ? { ref: f.ref } : {}) },
  };
  const flagged = filingState(f.status) === 'rejected';
  await store.add(flagged ? { ...interaction, openFlag: f.clientId } : interaction);
  await tx.done;
  return { interaction, created: true, flagged };
}

const strip = ({ openFlag: _o, ...i }: Interaction & { openFlag?: string }): Interaction => i;

/** Unacknowledged rejections, oldest first; one client's, or everyone's. */
export async function openFlags(db: Db, clientId?: string): Promise<Interaction[]> {
  const all = await db.getAllFromIndex('interactions', 'openFlags', clientId);
  return all.map(strip).sort((a, b) => a.at - b.at);
}

/** Clears a flag (idempotent); the filing stays in the client's history. */
export async function acknowledgeFiling(db: Db, id: string, now: number): Promise<Interaction> {
  const tx = db.transaction('interactions', 'readwrite');
  const rec = await tx.store.get(id);
  if (!rec || rec.kind !== 'filing' || !rec.filing) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StoreError('not-found', 'That filing no longer exists.');
  }
  const next: Interaction = { ...strip(rec), filing: { ...rec.filing, acknowledgedAt: rec.filing.acknowledgedAt ?? now } };
  await tx.store.put(next);
  await tx.done;
  return next;
}
