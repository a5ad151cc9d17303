// The writes every repository is built from. Each takes a transaction the
// caller owns, so one message is one transaction: an interaction, the page it
// lands in and the client's stats commit together or not at all.
import type { IDBPTransaction, StoreNames } from 'idb';
import { clientKeys } from '../identity/keys';
import type { CadenceDefaults } from '../model/cadence';
import type { Client } from '../model/client';
import { newId } from '../model/ids';
import type { Interaction } from '../model/interaction';
import { StoreError } from './errors';
import { findById, findItem, insertItem, itemsBetween, paginate, removeItem as removeFromHistory, toInteraction, toItem, type HistoryStore } from './history';
import type { Db } from './open';
import type { ClientStats, PageItem, RapportDB, StoredClient } from './schema';
import { addItem, removeItem as uncount, rescan, seal, statsFor, statsWithHistory } from './stats';
import { flushCounts, noteStanding, standing, type Standing } from './counts';
import { issue } from './request';
import { t } from '../i18n/t';

export type WriteTx = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'readwrite'>;
export type ReadTx = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], IDBTransactionMode>;

/** The stores a client write touches (meta: the counts, counts.ts). */
export const CLIENT_STORES = ['clients', 'stats', 'history', 'meta'] as const satisfies StoreNames<RapportDB>[];

export const writeTx = (db: Db, stores: readonly StoreNames<RapportDB>[] = CLIENT_STORES, options?: IDBTransactionOptions): WriteTx =>
  db.transaction(stores as StoreNames<RapportDB>[], 'readwrite', options) as unknown as WriteTx;

export const readTx = (db: Db, stores: readonly StoreNames<RapportDB>[] = CLIENT_STORES): ReadTx =>
  db.transaction(stores as StoreNames<RapportDB>[], 'readonly') as unknown as ReadTx;

/**
 * Runs `fn` in one readwrite transaction and waits for it to commit. If `fn`
 * throws, the transaction is aborted: an error part-way through a message
 * never leaves the writes before it (a transaction left alone would commit
 * them).
 */
export async function withWrite<T>(db: Db, stores: readonly StoreNames<RapportDB>[], fn: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = writeTx(db, stores);
  let result: T;
  try {
    result = await fn(tx);
    await flushCounts(tx);
  } catch (e) {
    return fail(tx, e);
  }
  await tx.done;
  return result;
}

/** Puts a client's stats (sealed), noting what changed for the counts (counts.ts). `before`: the standing the client had. */
export function putStats(tx: WriteTx, after: ClientStats, before: Standing | undefined): void {
  issue(tx.objectStore('stats').put(seal(after)));
  noteStanding(tx, before ?? { live: false }, standing(after));
}

/** Aborts `tx` (ignoring its rejection) and throws `error`: nothing the transaction did is kept. */
export async function fail(tx: ReadTx | WriteTx, error: unknown): Promise<never> {
  try {
    tx.abort();
  } catch {
    // Already finished: it wrote nothing (only reads ran), or it is aborting.
  }
  await tx.done.catch(() => {});
  throw error;
}

/**
 * A message id (mail) is looked for within this much of the message's own
 * date: the date comes from the message, so reading it again carries the same
 * one, and a clock or time-zone difference of hours still matches.
 */
export const MESSAGE_WINDOW_MS = 2 * 86_400_000;

export const toStored = (c: Client): StoredClient => ({ ...c, keys: clientKeys(c) });

export function fromStored(s: StoredClient): Client {
  const { keys: _keys, trashedAt: _t, ...client } = s;
  return client;
}

/** A live client's stats, or not-found (a client in the trash is not there for writes). */
export async function liveStats(tx: ReadTx | WriteTx, clientId: string): Promise<ClientStats> {
  const s = await tx.objectStore('stats').get(clientId);
  if (!s || s.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
  return s;
}

/**
 * Writes a client that has no records yet, with its whole history: the
 * client, its stats and its history pages. Returns the records written.
 */
export function putNewClient(tx: WriteTx, client: Client, items: PageItem[], defaults: CadenceDefaults): number {
  issue(tx.objectStore('clients').put(toStored(client)));
  putStats(tx, statsWithHistory(client, defaults, items), undefined);
  const pages = paginate(client.id, items);
  const history = tx.objectStore('history');
  for (const p of pages) issue(history.put(p));
  return 2 + pages.length;
}

/** Replaces a live client's record; its stats take the new name, addresses and cadence. */
export async function putClient(tx: WriteTx, client: Client, defaults: CadenceDefaults): Promise<void> {
  const prev = await liveStats(tx, client.id);
  const was = standing(prev);
  issue(tx.objectStore('clients').put(toStored(client)));
  putStats(tx, statsFor(client, defaults, prev), was);
}

export type InteractionWrite = Omit<Interaction, 'id'> & { id?: string };

/**
 * Logs an interaction on a live client and counts it in the client's stats.
 * Idempotent: with the caller's id, logging (clientId, at, id) again returns
 * the first record; with a message id, the same message is logged once per
 * client (a filing row once per status, ever; mail within MESSAGE_WINDOW_MS of
 * its date). `created` says whether anything was written.
 */
export async function addInteraction(tx: WriteTx, input: InteractionWrite): Promise<{ interaction: Interaction; created: boolean }> {
  const { clientId } = input;
  const stats = await liveStats(tx, clientId);
  const was = standing(stats);
  const history = tx.objectStore('history');
  const existing = await duplicateOf(history, stats, input);
  if (existing) return { interaction: toInteraction(clientId, existing), created: false };
  const item = toItem({ ...input, id: input.id ?? newId() } as Interaction);
  await insertItem(history, clientId, item);
  if (!addItem(stats, item)) await rescan(history, stats);
  putStats(tx, stats, was);
  return { interaction: toInteraction(clientId, item), created: true };
}

async function duplicateOf(history: HistoryStore, stats: ClientStats, input: InteractionWrite): Promise<PageItem | undefined> {
  const { clientId, messageId } = input;
  if (input.id) {
    const same = await findItem(history, clientId, input.at, input.id);
    if (same) return same;
  }
  if (!messageId) return undefined;
  if (input.kind === 'filing') {
    const ref = stats.filings.find((f) => f.key === messageId);
    return ref && findItem(history, clientId, ref.at, ref.id);
  }
  const near = await itemsBetween(history, clientId, input.at - MESSAGE_WINDOW_MS, input.at + MESSAGE_WINDOW_MS);
  return near.find((i) => i.messageId === messageId);
}

/**
 * Removes an interaction and uncounts it. Without `at` the client's history
 * is searched for the id (a walk over that client's pages only).
 */
export async function removeInteraction(tx: WriteTx, clientId: string, id: string, at?: number): Promise<PageItem> {
  const stats = await liveStats(tx, clientId);
  const was = standing(stats);
  const history = tx.objectStore('history');
  const when = at ?? (await findById(history, clientId, id))?.at;
  const gone = when === undefined ? undefined : await removeFromHistory(history, clientId, when, id);
  if (!gone) throw new StoreError('not-found', t('errors_interaction_gone'));
  if (!uncount(stats, gone)) await rescan(history, stats);
  putStats(tx, stats, was);
  return gone;
}

/** Finds which live client holds interaction `id` when the caller did not say (a walk over every history page). */
export async function ownerOf(tx: ReadTx | WriteTx, id: string): Promise<{ clientId: string; at: number } | undefined> {
  let cursor = await tx.objectStore('history').openCursor();
  while (cursor) {
    const hit = cursor.value.items.find((i) => i.id === id);
    if (hit) return { clientId: cursor.value.clientId, at: hit.at };
    cursor = await cursor.continue();
  }
  return undefined;
}
