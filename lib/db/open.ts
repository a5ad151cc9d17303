import { openDB, type IDBPDatabase } from 'idb';
import { clientKeys, KEYS_VERSION } from '../identity/keys';
import { DB_NAME, type RapportDB, type StoredClient } from './schema';
import { DB_VERSION, KEYS_VERSION_KEY, STATS_VERSION_KEY, upgrade } from './migrations';

export { STATS_VERSION_KEY };
import { lastMoods, seal, STATS_VERSION } from './stats';
import { issue } from './request';

export type Db = IDBPDatabase<RapportDB>;

export interface OpenHooks {
  /** The connection is no longer usable (closed for a newer version, or by the browser). */
  lost?: () => void;
  /** Another connection holds an older version open and has not let go yet. */
  blocked?: () => void;
}

/** Only the background calls this: a database opened in a content script would belong to the host page. */
export async function openRapportDb(name = DB_NAME, version = DB_VERSION, hooks: OpenHooks = {}): Promise<Db> {
  const db = await openDB<RapportDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // The open request succeeds only once the upgrade transaction has
      // committed, so the steps' own awaits are waited for.
      void upgrade(db, oldVersion, newVersion ?? version, tx);
    },
    blocking(_cur, _next, event) {
      // A newer version wants the database (an update installed): let it.
      (event.target as IDBDatabase).close();
      hooks.lost?.();
    },
    terminated() {
      // The browser closed the connection (storage cleared, disk error).
      hooks.lost?.();
    },
    blocked() {
      hooks.blocked?.();
    },
  });
  await deriveKeysAgain(db);
  // Not awaited: at 10,000 clients it takes seconds, and requests go on between its chunks.
  const derived = deriveStatsAgain(db).catch((e) => {
    console.warn('[rapport] stats not derived again yet; the next open carries on', e);
    return false;
  });
  derivations.set(db, derived);
  return db;
}

/**
 * When key derivation changed (lib/identity/keys.ts KEYS_VERSION), derives
 * every live client's identity keys and search tokens again, in one
 * transaction. Costs one read of `meta` when nothing changed.
 */
export async function deriveKeysAgain(db: Db): Promise<boolean> {
  if ((await db.get('meta', KEYS_VERSION_KEY)) === KEYS_VERSION) return false;
  const tx = db.transaction(['clients', 'stats', 'meta'], 'readwrite');
  const clients = tx.objectStore('clients');
  const stats = tx.objectStore('stats');
  let cursor = await clients.openCursor();
  while (cursor) {
    const c: StoredClient = cursor.value;
    // Matters stored before they had people get an empty list here, so every
    // reader sees the shape the model promises (this pass rewrites each record anyway).
    const matters = (c.matters ?? []).map((m) => (Array.isArray(m.people) ? m : { ...m, people: [] }));
    const next = { ...c, matters };
    issue(cursor.update(c.trashedAt === undefined ? { ...next, keys: clientKeys(next) } : next));
    cursor = await cursor.continue();
  }
  let s = await stats.openCursor();
  while (s) {
    issue(s.update(seal(s.value)));
    s = await s.continue();
  }
  issue(tx.objectStore('meta').put(KEYS_VERSION, KEYS_VERSION_KEY));
  await tx.done;
  return true;
}

/** Clients whose stats are derived again per transaction: requests wait for one chunk at most. */
export const STATS_CHUNK = 100;

const derivations = new WeakMap<Db, Promise<boolean>>();

/** Settles when the stats derivation started by opening `db` has finished (tests, the bench): true when it did any work. */
export const statsDerived = (db: Db): Promise<boolean> => derivations.get(db) ?? Promise.resolve(false);

/**
 * When stats gained a field derived from the history (lib/db/stats.ts
 * STATS_VERSION: the last ten moods), derives it for every client that lacks
 * it, live or trashed, `chunk` clients per transaction: their stats and one
 * read of their history pages (a client's pages are one key range, and a
 * chunk's clients are consecutive ids, so one range for all of them). A write
 * between chunks keeps a record without moods as it is (stats.ts addItem), so
 * the chunk that reaches it still derives the whole ten. Records that have
 * them are left alone, so a run cut short carries on at the next open. Costs
 * one read of `meta` when nothing changed.
 */
export async function deriveStatsAgain(db: Db, chunk = STATS_CHUNK): Promise<boolean> {
  if ((await db.get('meta', STATS_VERSION_KEY)) === STATS_VERSION) return false;
  let after: string | undefined;
  for (;;) {
    const tx = db.transaction(['stats', 'history', 'meta'], 'readwrite');
    const stats = tx.objectStore('stats');
    const batch = await stats.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), chunk);
    const todo = batch.filter((s) => s.moods === undefined);
    if (todo.length) {
      // [id] sorts before every [id, at, itemId]; an array sorts after every number.
      const pages = await tx.objectStore('history').getAll(IDBKeyRange.bound([todo[0]!.id], [todo.at(-1)!.id, []]));
      const moods = lastMoods(pages.flatMap((p) => p.items.map((item) => ({ clientId: p.clientId, item }))));
      for (const s of todo) issue(stats.put(seal({ ...s, moods: moods.get(s.id) ?? [] })));
    }
    const last = batch.length < chunk;
    if (last) issue(tx.objectStore('meta').put(STATS_VERSION, STATS_VERSION_KEY));
    await tx.done;
    if (last) return true;
    after = batch.at(-1)!.id;
  }
}

export interface Connection {
  /** The open database, opening it again if the last connection was lost. */
  get(): Promise<Db>;
  close(): void;
}

/**
 * The background's connection. It heals: when the connection is closed for a
 * newer version (`blocking`), by the browser (`terminated`), or the open is
 * held up by an older connection (`blocked`), the next request opens it
 * again instead of failing on the dead handle until the worker restarts.
 */
export function connect(name = DB_NAME): Connection {
  let current: Promise<Db> | null = null;
  const start = () => {
    const attempt: Promise<Db> = openRapportDb(name, DB_VERSION, {
      lost: () => {
        if (current === attempt) current = null;
      },
      // This attempt may still succeed when the other connection lets go (its
      // callers then use it); the next request does not wait behind it.
      blocked: () => {
        console.warn('[rapport] the database is held open by an older version; the next request tries again');
        if (current === attempt) current = null;
      },
    });
    attempt.catch(() => {
      if (current === attempt) current = null;
    });
    return attempt;
  };
  return {
    get: () => (current ??= start()),
    close() {
      const c = current;
      current = null;
      void c?.then((db) => db.close()).catch(() => {});
    },
  };
}
