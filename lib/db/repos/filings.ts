// Filings logged from portal rows, and the flag a rejected one raises.
//
// Data shape: a filing is an ordinary interaction (kind 'filing') with an
// optional `filing` object — the portal's status words, case number, row ref
// and, once the lawyer has dealt with it, `acknowledgedAt`. A rejection nobody
// has acknowledged is an open flag; the client's stats list its open flags
// (and every filing's dedupe key), and the stats' sparse `flagged` index
// holds the clients that have any, so "this client's flags" is one record
// read and "everyone's" one index read. Deleting the interaction or the
// client takes the flag with it, and the filing shows in the client's history.

import { filingState } from '../../model/filing';
import type { Interaction } from '../../model/interaction';
import { StoreError } from '../errors';
import { findById, findItem, replaceItem, toInteraction } from '../history';
import type { Db } from '../open';
import { addInteraction, CLIENT_STORES, liveStats, ownerOf, putStats, readTx, withWrite, type WriteTx } from '../write';
import { standing } from '../counts';
import { t } from '../../i18n/t';

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

export type FilingResult = { interaction: Interaction; created: boolean; flagged: boolean };

/**
 * Logs a filing once, inside the caller's transaction. A second call for the
 * same row and status returns the first record (acknowledged or not) and
 * writes nothing, so an acknowledged rejection is not raised again by
 * visiting the page.
 */
export async function logFilingIn(tx: WriteTx, f: FilingInput): Promise<FilingResult> {
  const { interaction, created } = await addInteraction(tx, {
    clientId: f.clientId,
    kind: 'filing',
    at: f.at,
    summary: f.summary,
    source: f.site,
    messageId: filingMessageId(f.site, f.ref, f.caseKey, f.status),
    filing: { status: f.status, ...(f.caseNumber ? { caseNumber: f.caseNumber } : {}), ...(f.ref ? { ref: f.ref } : {}) },
  });
  return { interaction, created, flagged: created && filingState(f.status) === 'rejected' };
}

export async function logFiling(db: Db, f: FilingInput): Promise<FilingResult> {
  return withWrite(db, CLIENT_STORES, (tx) => logFilingIn(tx, f));
}

/** Unacknowledged rejections, oldest first; one live client's, or every live client's. */
export async function openFlags(db: Db, clientId?: string): Promise<Interaction[]> {
  const tx = readTx(db, ['stats', 'history']);
  const stats = tx.objectStore('stats');
  const holders = clientId ? [await stats.get(clientId)] : await stats.index('flagged').getAll();
  const history = tx.objectStore('history');
  const found = await Promise.all(
    holders.flatMap((s) =>
      s && s.trashedAt === undefined ? s.openFlags.map(async (f) => ({ clientId: s.id, item: await findItem(history, s.id, f.at, f.id) })) : [],
    ),
  );
  return found.flatMap(({ clientId: c, item }) => (item ? [toInteraction(c, item)] : [])).sort((a, b) => a.at - b.at);
}

/** Clears a flag (idempotent); the filing stays in the client's history. */
export async function acknowledgeFiling(db: Db, id: string, now: number, clientId?: string): Promise<Interaction> {
  return withWrite(db, CLIENT_STORES, async (tx) => {
    const stats = tx.objectStore('stats');
    const holder = clientId ? await liveStats(tx, clientId) : (await stats.index('flagged').getAll()).find((s) => s.openFlags.some((f) => f.id === id));
    const flag = holder?.openFlags.find((f) => f.id === id);
    const history = tx.objectStore('history');
    if (!holder || !flag) {
      // No open flag: already acknowledged (answer as before), or not a filing at all.
      const owner = holder ? { clientId: holder.id } : await ownerOf(tx, id);
      const item = owner && (await findById(history, owner.clientId, id));
      if (!owner || !item || item.kind !== 'filing' || !item.filing) throw new StoreError('not-found', t('errors_filing_gone'));
      return toInteraction(owner.clientId, item);
    }
    const item = await findItem(history, holder.id, flag.at, flag.id);
    if (!item?.filing) throw new StoreError('not-found', t('errors_filing_gone'));
    const next = { ...item, filing: { ...item.filing, acknowledgedAt: item.filing.acknowledgedAt ?? now } };
    await replaceItem(history, holder.id, next);
    const was = standing(holder);
    holder.openFlags = holder.openFlags.filter((f) => f.id !== id);
    holder.recent = holder.recent.map((r) => (r.id === id ? next : r));
    putStats(tx, holder, was);
    return toInteraction(holder.id, next);
  });
}
