import type { Client } from '../model/client';
import type { Interaction } from '../model/interaction';
import type { Settings } from '../model/settings';
import type { IdentityKey } from '../identity/normalise';
import { clientKeys } from '../identity/keys';
import type { Deadline } from '../model/deadline';
import type { BackupQuestion } from './schema';

/**
 * What the restore plan and the import preview need to know about the
 * database, and nothing more. Every lookup is batched and asynchronous so the
 * IndexedDB implementation (next round, in lib/db/) can answer a batch of a
 * thousand ids inside one read transaction. Missing records are simply absent
 * from the answer. Trashed clients are not "existing" for any lookup except
 * `trashedClientIds`: nothing merges into a client in the trash.
 */
export interface ExistingData {
  clientsById(ids: readonly string[]): Promise<Map<string, Client>>;
  /** Identity key (`email:ana@acme.com`, `case:22STCV11897`) → ids of the live clients holding it. */
  clientIdsByKey(keys: readonly IdentityKey[]): Promise<Map<IdentityKey, string[]>>;
  interactionsById(ids: readonly string[]): Promise<Map<string, Interaction>>;
  /** `messageKey(clientId, messageId)` → id of the interaction already logged for that pair (the database keeps the pair unique). */
  interactionIdsByMessage(pairs: readonly (readonly [clientId: string, messageId: string])[]): Promise<Map<string, string>>;
  trashedClientIds(ids: readonly string[]): Promise<Set<string>>;
  portalOrigins(): Promise<Set<string>>;
  settings(): Promise<Settings>;
  /** Deadlines and questions stored under these ids (whatever client holds them). */
  deadlinesById?(ids: readonly string[]): Promise<Map<string, Deadline>>;
  questionsById?(ids: readonly string[]): Promise<Map<string, BackupQuestion>>;
}

/** Key for a (client, message) pair; JSON because both parts are free text. */
export const messageKey = (clientId: string, messageId: string) => JSON.stringify([clientId, messageId]);

/**
 * An in-memory ExistingData over plain arrays: the reference the IndexedDB
 * version must agree with, and what unit tests and the benchmark plan against.
 */
export function memoryExistingData(data: {
  clients?: readonly Client[];
  interactions?: readonly Interaction[];
  trashedClientIds?: readonly string[];
  portals?: readonly string[];
  settings: Settings;
  deadlines?: readonly Deadline[];
  questions?: readonly BackupQuestion[];
}): ExistingData {
  const deadlines = new Map((data.deadlines ?? []).map((d) => [d.id, d]));
  const questions = new Map((data.questions ?? []).map((q) => [q.id, q]));
  const clients = new Map((data.clients ?? []).map((c) => [c.id, c]));
  const byKey = new Map<IdentityKey, string[]>();
  for (const c of clients.values()) {
    for (const k of clientKeys(c)) {
      const list = byKey.get(k);
      if (list) list.push(c.id);
      else byKey.set(k, [c.id]);
    }
  }
  const interactions = new Map((data.interactions ?? []).map((i) => [i.id, i]));
  const byMessage = new Map<string, string>();
  for (const i of interactions.values()) if (i.messageId !== undefined) byMessage.set(messageKey(i.clientId, i.messageId), i.id);
  const trashed = new Set(data.trashedClientIds ?? []);
  const pick = <V>(m: Map<string, V>, ids: readonly string[]) => {
    const out = new Map<string, V>();
    for (const id of ids) {
      const v = m.get(id);
      if (v !== undefined) out.set(id, v);
    }
    return out;
  };
  return {
    clientsById: async (ids) => pick(clients, ids),
    clientIdsByKey: async (keys) => {
      const out = new Map<IdentityKey, string[]>();
      for (const k of keys) {
        const ids = byKey.get(k);
        if (ids) out.set(k, [...ids]);
      }
      return out;
    },
    interactionsById: async (ids) => pick(interactions, ids),
    interactionIdsByMessage: async (pairs) => {
      const out = new Map<string, string>();
      for (const [c, m] of pairs) {
        const k = messageKey(c, m);
        const id = byMessage.get(k);
        if (id !== undefined) out.set(k, id);
      }
      return out;
    },
    trashedClientIds: async (ids) => new Set(ids.filter((id) => trashed.has(id))),
    portalOrigins: async () => new Set(data.portals ?? []),
    settings: async () => data.settings,
    deadlinesById: async (ids) => pick(deadlines, ids),
    questionsById: async (ids) => pick(questions, ids),
  };
}
