import type { Interaction, InteractionInput } from '../../model/interaction';
import type { z } from 'zod';
import type { interactionInputSchema } from '../../model/interaction';
import { StoreError } from '../errors';
import { newest, toInteraction } from '../history';
import type { Db } from '../open';
import type { ClientStats } from '../schema';
import { RECENT_MAX } from '../stats';
import { addInteraction, CLIENT_STORES, ownerOf, readTx, removeInteraction, withWrite, type ReadTx } from '../write';
import { t } from '../../i18n/t';

type ParsedInput = z.output<typeof interactionInputSchema>;
export type { InteractionInput };

/**
 * Logs an interaction and counts it in the client's stats, in one
 * transaction. Idempotent with the caller's id, or with a message id (see
 * write.ts addInteraction): a repeat returns the first record and writes nothing.
 */
export async function logInteraction(db: Db, input: ParsedInput): Promise<Interaction> {
  return (await logInteractionOnce(db, input)).interaction;
}

export async function logInteractionOnce(db: Db, input: ParsedInput): Promise<{ interaction: Interaction; created: boolean }> {
  return withWrite(db, CLIENT_STORES, (tx) => addInteraction(tx, input));
}

/**
 * Deletes an interaction. With its client (and time) that is a read of that
 * client's pages; without, every page is searched — callers that know the
 * client should say so.
 */
export async function deleteInteraction(db: Db, id: string, where?: { clientId?: string; at?: number }): Promise<{ clientId: string }> {
  return withWrite(db, CLIENT_STORES, async (tx) => {
    const owner = where?.clientId ? { clientId: where.clientId, at: where.at } : await ownerOf(tx, id);
    if (!owner) throw new StoreError('not-found', t('errors_interaction_gone'));
    await removeInteraction(tx, owner.clientId, id, owner.at);
    return { clientId: owner.clientId };
  });
}

/**
 * A live client's stats and newest `limit` interactions, read inside `tx`:
 * one record — the stats keep the newest few — unless more are asked for.
 */
export async function activityIn(tx: ReadTx, clientId: string, limit: number): Promise<{ stats?: ClientStats; recent: Interaction[] }> {
  const stored = await tx.objectStore('stats').get(clientId);
  const stats = stored?.trashedAt === undefined ? stored : undefined;
  const items = stats && limit <= RECENT_MAX ? stats.recent.slice(0, limit) : await newest(tx.objectStore('history'), clientId, limit);
  return { stats, recent: items.map((i) => toInteraction(clientId, i)) };
}

/** The same in a transaction of its own. */
export async function activity(db: Db, clientId: string, limit: number) {
  return activityIn(readTx(db, ['stats', 'history']), clientId, limit);
}

/** Last contact, from the client's stats. */
export async function lastContact(db: Db, clientId: string): Promise<number | undefined> {
  return (await db.get('stats', clientId))?.lastContact;
}

/** Every interaction of every client, in key order (tests, exports): pages are read `pagesPerRead` at a time. */
export async function allInteractions(db: Db, pagesPerRead = 500): Promise<Interaction[]> {
  const out: Interaction[] = [];
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const pages = await db.getAll('history', range, pagesPerRead);
    for (const p of pages) for (const i of p.items) out.push(toInteraction(p.clientId, i));
    if (pages.length < pagesPerRead) return out;
    const last = pages.at(-1)!;
    after = [last.clientId, last.at, last.id];
  }
}
