import { clientKeys } from '../../identity/keys';
import type { Client, ClientFields } from '../../model/client';
import type { Interaction } from '../../model/interaction';
import { newId } from '../../model/ids';
import { clientsChanged } from '../contact-cache';
import { StoreError } from '../errors';
import type { Db } from '../open';
import type { StoredClient } from '../schema';

function toStored(c: Client): StoredClient {
  return { ...c, keys: clientKeys(c) };
}

export function fromStored(s: StoredClient): Client {
  const { keys: _keys, ...client } = s;
  return client;
}

export async function createClient(db: Db, fields: ClientFields, now: number): Promise<Client> {
  const client: Client = { ...fields, id: newId(), createdAt: now, updatedAt: now };
  await db.add('clients', toStored(client));
  clientsChanged(db, [client.id]);
  return client;
}

/**
 * Replaces a client. `updatedAt` must match the stored record: an edit made
 * from a stale view (the sidebar in one tab, options in another) is refused
 * instead of silently overwriting the other edit.
 */
export async function updateClient(db: Db, client: Client, now: number): Promise<Client> {
  const tx = db.transaction('clients', 'readwrite');
  const current = await tx.store.get(client.id);
  if (!current) throw new StoreError('not-found', 'That client no longer exists.');
  if (current.updatedAt !== client.updatedAt) {
    throw new StoreError('conflict', 'This client was changed elsewhere. Reload to see the latest, then edit again.');
  }
  const next: Client = { ...client, createdAt: current.createdAt, updatedAt: Math.max(now, current.updatedAt + 1) };
  await tx.store.put(toStored(next));
  await tx.done;
  clientsChanged(db, [next.id]);
  return next;
}

/** Deletes the client and every interaction logged on it, in one transaction. */
export async function deleteClient(db: Db, id: string): Promise<void> {
  const tx = db.transaction(['clients', 'interactions'], 'readwrite');
  if (!(await tx.objectStore('clients').get(id))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StoreError('not-found', 'That client no longer exists.');
  }
  await tx.objectStore('clients').delete(id);
  const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
  let cursor = await tx.objectStore('interactions').index('byClientAt').openKeyCursor(range);
  while (cursor) {
    await tx.objectStore('interactions').delete(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  await tx.done;
  clientsChanged(db, [id]);
}

export async function getClient(db: Db, id: string): Promise<Client | undefined> {
  const s = await db.get('clients', id);
  return s && fromStored(s);
}

export async function clientsByKey(db: Db, key: string): Promise<Client[]> {
  return (await db.getAllFromIndex('clients', 'keys', key)).map(fromStored);
}

export async function allClients(db: Db): Promise<Client[]> {
  return (await db.getAll('clients')).map(fromStored);
}

/**
 * Writes many clients with their interactions in one transaction: either every
 * record lands or none does.
 */
export async function importClients(
  db: Db,
  records: { client: ClientFields; interactions: Omit<Interaction, 'id' | 'clientId'>[] }[],
  now: number,
): Promise<{ ids: string[]; interactions: number }> {
  const tx = db.transaction(['clients', 'interactions'], 'readwrite');
  const clientStore = tx.objectStore('clients');
  const interactionStore = tx.objectStore('interactions');
  const ids: string[] = [];
  let count = 0;
  const writes: Promise<unknown>[] = [];
  for (const r of records) {
    const client: Client = { ...r.client, id: newId(), createdAt: now, updatedAt: now };
    ids.push(client.id);
    writes.push(clientStore.add(toStored(client)));
    for (const i of r.interactions) {
      writes.push(interactionStore.add({ ...i, id: newId(), clientId: client.id }));
      count++;
    }
  }
  // Issue every request before awaiting, so the transaction stays busy (and fast).
  await Promise.all([...writes, tx.done]);
  clientsChanged(db, ids);
  return { ids, interactions: count };
}
