import type { Client, ClientFields } from '../../model/client';
import { newId } from '../../model/ids';
import { trashKeepDays } from '../../model/settings';
import { StoreError } from '../errors';
import { clientRange } from '../history';
import type { Db } from '../open';
import type { ClientStats } from '../schema';
import { statsFor } from '../stats';
import { CLIENT_STORES, fromStored, liveStats, putClient, putNewClient, putStats, toStored, withWrite, type ReadTx } from '../write';
import { getSettings } from './settings';
import { issue } from '../request';
import { standing } from '../counts';
import { deleteClientRecords, getDeadlineSettings, hideClientDeadlines, showClientDeadlines } from './deadlines';
import { t } from '../../i18n/t';

/** A client's own stores plus its deadlines and open questions, which follow it into the trash and out. */
const WITH_DEADLINES = [...CLIENT_STORES, 'deadlines', 'questions'] as const;

export { fromStored };

/**
 * Creates a client. With the caller's `id` it is idempotent: creating the
 * same id again (a retry after a lost reply) returns the client as stored and
 * writes nothing; an id taken by a different client, or one in the trash, is
 * a conflict.
 */
export async function createClient(db: Db, fields: ClientFields, now: number, id?: string): Promise<{ client: Client; created: boolean }> {
  const { cadence } = await getSettings(db);
  return withWrite(db, CLIENT_STORES, async (tx) => {
    if (id) {
      const existing = await tx.objectStore('clients').get(id);
      if (existing) {
        if (existing.trashedAt !== undefined || existing.name !== fields.name) throw new StoreError('conflict', t('errors_client_id_taken'));
        return { client: fromStored(existing), created: false };
      }
    }
    const client: Client = { ...fields, id: id ?? newId(), createdAt: now, updatedAt: now };
    putNewClient(tx, client, [], cadence);
    return { client, created: true };
  });
}

/**
 * Replaces a client. `updatedAt` must match the stored record: an edit made
 * from a stale view (the sidebar in one tab, options in another) is refused
 * instead of silently overwriting the other edit.
 */
export async function updateClient(db: Db, client: Client, now: number): Promise<Client> {
  const { cadence } = await getSettings(db);
  return withWrite(db, CLIENT_STORES, async (tx) => {
    const current = await tx.objectStore('clients').get(client.id);
    if (!current || current.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
    if (current.updatedAt !== client.updatedAt) {
      throw new StoreError('conflict', t('errors_client_changed'));
    }
    const next: Client = { ...client, createdAt: current.createdAt, updatedAt: Math.max(now, current.updatedAt + 1) };
    const overrides = keptOverrides(current.conflictOverrides, client.conflictOverrides);
    if (overrides) next.conflictOverrides = overrides;
    else delete next.conflictOverrides;
    await putClient(tx, next, cadence);
    return next;
  });
}

/**
 * "Save anyway" records are append-only: an edit from a form that does not
 * carry them (or carries fewer) never drops one already stored.
 */
function keptOverrides(stored: Client['conflictOverrides'], sent: Client['conflictOverrides']): Client['conflictOverrides'] {
  const all = [...(stored ?? [])];
  for (const o of sent ?? []) if (!all.some((s) => s.id === o.id)) all.push(o);
  return all.length ? all : undefined;
}

/**
 * Moves a client to the trash: two record writes, whatever the size of its
 * history. The client keeps its record, stats and history, but loses its
 * identity keys and its list, search, cadence and flag index entries, so no
 * lookup, list, badge, reminder or portal badge sees it. Returns when it will
 * be deleted for good.
 */
export async function trashClient(db: Db, id: string, now: number): Promise<{ purgeAt: number }> {
  const settings = await getSettings(db);
  await withWrite(db, WITH_DEADLINES, async (tx) => {
    const client = await tx.objectStore('clients').get(id);
    if (!client || client.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
    const stats = await liveStats(tx, id);
    const { keys: _keys, ...rest } = client;
    issue(tx.objectStore('clients').put({ ...rest, trashedAt: now }));
    putStats(tx, { ...stats, trashedAt: now }, standing(stats));
    await hideClientDeadlines(tx, id, now);
  });
  return { purgeAt: now + trashKeepDays(settings) * 86_400_000 };
}

/** Takes a client out of the trash: its keys and index entries come back, its cadence measured against today's settings. */
export async function restoreClient(db: Db, id: string): Promise<Client> {
  const { cadence } = await getSettings(db);
  const { settings: deadlineSettings } = await getDeadlineSettings(db);
  return withWrite(db, WITH_DEADLINES, async (tx) => {
    const stored = await tx.objectStore('clients').get(id);
    const stats = await tx.objectStore('stats').get(id);
    if (!stored || stored.trashedAt === undefined || !stats) throw new StoreError('not-found', t('errors_client_not_trashed'));
    const client = fromStored(stored);
    const { trashedAt: _t, ...prev } = stats;
    issue(tx.objectStore('clients').put(toStored(client)));
    putStats(tx, statsFor(client, cadence, prev), standing(stats));
    await showClientDeadlines(tx, id, deadlineSettings.bufferDays);
    return client;
  });
}

/** Deletes a trashed client and its whole history for good: three deletes (the history is one key range). */
export async function deleteForever(db: Db, id: string): Promise<void> {
  await withWrite(db, WITH_DEADLINES, async (tx) => {
    const stored = await tx.objectStore('clients').get(id);
    if (!stored || stored.trashedAt === undefined) throw new StoreError('not-found', t('errors_client_not_trashed'));
    issue(tx.objectStore('clients').delete(id));
    issue(tx.objectStore('stats').delete(id));
    issue(tx.objectStore('history').delete(clientRange(id)));
    await deleteClientRecords(tx, id);
  });
}

/** Deletes for good every client trashed before `cutoff`, in one transaction; returns how many. */
export async function purgeTrash(db: Db, cutoff: number): Promise<number> {
  return withWrite(db, WITH_DEADLINES, async (tx) => {
    const ids = await tx.objectStore('stats').index('trashedAt').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
    for (const id of ids) {
      issue(tx.objectStore('clients').delete(id));
      issue(tx.objectStore('stats').delete(id));
      issue(tx.objectStore('history').delete(clientRange(id)));
      await deleteClientRecords(tx, id);
    }
    return ids.length;
  });
}

/** The trash, most recently deleted first. */
export async function listTrash(db: Db): Promise<ClientStats[]> {
  const all = await db.getAllFromIndex('stats', 'trashedAt');
  return all.reverse();
}

/** A live client (one in the trash is not found). */
export async function getClient(db: Db, id: string): Promise<Client | undefined> {
  const s = await db.get('clients', id);
  return s && s.trashedAt === undefined ? fromStored(s) : undefined;
}

/** Live clients holding this identity key (trashed clients have no keys). */
export async function clientsByKey(db: Db, key: string): Promise<Client[]> {
  return (await db.getAllFromIndex('clients', 'keys', key)).map(fromStored);
}

/** Reads within a transaction the caller holds open (a lookup reads clients, stats and history in one). */
export async function clientsByKeyIn(tx: ReadTx, key: string): Promise<Client[]> {
  return (await tx.objectStore('clients').index('keys').getAll(key)).map(fromStored);
}
