import { isContact, type Interaction, type InteractionInput } from '../../model/interaction';
import type { z } from 'zod';
import type { interactionInputSchema } from '../../model/interaction';
import { newId } from '../../model/ids';
import { clientsChanged } from '../contact-cache';
import { StoreError } from '../errors';
import type { Db } from '../open';

type ParsedInput = z.output<typeof interactionInputSchema>;
export type { InteractionInput };

/**
 * Logs an interaction. With a messageId the same message is logged once per
 * client: a second call returns the first record and writes nothing.
 */
export async function logInteraction(db: Db, input: ParsedInput): Promise<Interaction> {
  const tx = db.transaction(['clients', 'interactions'], 'readwrite');
  if (!(await tx.objectStore('clients').get(input.clientId))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StoreError('not-found', 'That client no longer exists.');
  }
  const store = tx.objectStore('interactions');
  if (input.messageId) {
    const existing = await store.index('byClientMessage').get([input.clientId, input.messageId]);
    if (existing) {
      await tx.done;
      return existing;
    }
  }
  const interaction: Interaction = { ...input, id: newId() };
  await store.add(interaction);
  await tx.done;
  clientsChanged(db, [interaction.clientId]);
  return interaction;
}

export async function deleteInteraction(db: Db, id: string): Promise<void> {
  const tx = db.transaction('interactions', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StoreError('not-found', 'That interaction no longer exists.');
  }
  await tx.store.delete(id);
  await tx.done;
  clientsChanged(db, [existing.clientId]);
}

/**
 * Last contact is derived from interactions, never stored, so it cannot drift
 * from them. Notes and filings are not contact with the client.
 */
export async function lastContact(db: Db, clientId: string): Promise<number | undefined> {
  const range = IDBKeyRange.bound([clientId, -Infinity], [clientId, Infinity]);
  let cursor = await db.transaction('interactions').store.index('byClientAt').openCursor(range, 'prev');
  while (cursor) {
    if (isContact(cursor.value.kind)) return cursor.value.at;
    cursor = await cursor.continue();
  }
  return undefined;
}

/**
 * The newest `limit` interactions and the last contact, from one backward
 * cursor in one transaction: what a client view needs, in the fewest round
 * trips (the last contact is nearly always among the newest few).
 */
export async function contactSummary(db: Db, clientId: string, limit: number): Promise<{ recent: Interaction[]; lastContact?: number }> {
  const recent: Interaction[] = [];
  let last: number | undefined;
  const range = IDBKeyRange.bound([clientId, -Infinity], [clientId, Infinity]);
  let cursor = await db.transaction('interactions').store.index('byClientAt').openCursor(range, 'prev');
  while (cursor && (recent.length < limit || last === undefined)) {
    if (recent.length < limit) recent.push(cursor.value);
    if (last === undefined && isContact(cursor.value.kind)) last = cursor.value.at;
    cursor = await cursor.continue();
  }
  return last === undefined ? { recent } : { recent, lastContact: last };
}
