// Who is due or overdue, for every client at once: the badge, the daily
// reminder and the "Losing touch" lists all read this. One cursor over the
// interactions index and one read of the clients store — not a query per client.
import { contactState } from '../db/contact-cache';
import { fromStored, getClient } from '../db/repos/clients';
import { lastContact } from '../db/repos/interactions';
import type { Db } from '../db/open';
import { cadenceState, overdueBy, resolveCadence } from '../model/cadence';
import { isContact } from '../model/interaction';
import type { CadenceDefaults } from '../model/cadence';
import type { LosingTouchEntry } from '../messaging/protocol';

// One collator for every sort: localeCompare with options builds one per call.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Clients per read transaction: a long read would hold up the next write (a call being logged) until it ends. */
const CLIENTS_PER_TX = 400;

/**
 * Last contact per client, newest contact-kind interaction (notes and filings
 * do not count). For each client one cursor opens at the newest record of its
 * byClientAt ([clientId, at]) range and steps back only past notes and
 * filings. All of a chunk's cursors are requested at once, so the database
 * answers them in a pipeline instead of one round trip per client; the chunks
 * are short read transactions, so a call being logged is not held up.
 */
export async function lastContactByClient(db: Db, clientsPerTx = CLIENTS_PER_TX): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = await db.getAllKeys('clients');
  for (let i = 0; i < ids.length; i += clientsPerTx) {
    const chunk = ids.slice(i, i + clientsPerTx);
    const index = db.transaction('interactions').store.index('byClientAt');
    await Promise.all(
      chunk.map(async (id) => {
        let cursor = await index.openCursor(IDBKeyRange.bound([id, -Infinity], [id, Infinity]), 'prev');
        while (cursor && !isContact(cursor.value.kind)) cursor = await cursor.continue();
        if (cursor) out.set(id, cursor.value.at);
      }),
    );
  }
  return out;
}

/** Every client and its last contact, from the in-memory cache; only clients written since are re-read. */
async function contacts(db: Db) {
  const state = contactState(db, async (s) => {
    const [stored, last] = await Promise.all([db.getAll('clients'), lastContactByClient(db)]);
    for (const c of stored) s.clients.set(c.id, fromStored(c));
    s.last = last;
  });
  await state.ready;
  while (state.dirty.size) {
    const ids = [...state.dirty];
    state.dirty.clear();
    await Promise.all(
      ids.map(async (id) => {
        const [client, last] = await Promise.all([getClient(db, id), lastContact(db, id)]);
        if (client) state.clients.set(id, client);
        else state.clients.delete(id);
        if (client && last !== undefined) state.last.set(id, last);
        else state.last.delete(id);
      }),
    );
  }
  return state;
}

/** Every client with its cadence state, measured against its resolved cadence. */
export async function cadenceOfAll(db: Db, cadence: CadenceDefaults, now: number): Promise<LosingTouchEntry[]> {
  const { clients, last } = await contacts(db);
  return [...clients.values()].map((c) => {
    const lastContact = last.get(c.id);
    const entry: LosingTouchEntry = {
      id: c.id,
      name: c.name,
      cadence: cadenceState(lastContact, resolveCadence(c, cadence), now),
    };
    if (c.preferredName) entry.preferredName = c.preferredName;
    if (c.organisation) entry.organisation = c.organisation;
    if (lastContact !== undefined) entry.lastContact = lastContact;
    return entry;
  });
}

/** Due and overdue clients, most overdue first (days past the maximum, then days since contact, then name). */
export function losingTouchOrder(entries: readonly LosingTouchEntry[]): LosingTouchEntry[] {
  return entries
    .filter((e) => e.cadence.status === 'due' || e.cadence.status === 'overdue')
    .sort(
      (a, b) =>
        overdueBy(b.cadence) - overdueBy(a.cadence) ||
        (b.cadence.daysSince ?? 0) - (a.cadence.daysSince ?? 0) ||
        byName.compare(a.name, b.name),
    );
}

export function countByStatus(entries: readonly LosingTouchEntry[]): { overdue: number; due: number } {
  let overdue = 0;
  let due = 0;
  for (const e of entries) {
    if (e.cadence.status === 'overdue') overdue++;
    else if (e.cadence.status === 'due') due++;
  }
  return { overdue, due };
}
