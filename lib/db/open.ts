import { openDB, type IDBPDatabase } from 'idb';
import { clientKeys, KEYS_VERSION } from '../identity/keys';
import { DB_NAME, type RapportDB, type StoredClient } from './schema';
import { DB_VERSION, KEYS_VERSION_KEY, upgrade } from './migrations';
import { seal, STATS_VERSION, withMoods } from './stats';
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
  await deriveStatsAgain(db);
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
    if (c.trashedAt === undefined) issue(cursor.update({ ...c, keys: clientKeys(c) }));
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

/** meta key: the STATS_VERSION the stored stats were derived with. */
export const STATS_VERSION_KEY = 'statsVersion';

/**
 * When stats gained a field derived from the history (lib/db/stats.ts
 * STATS_VERSION), derives it for every client, live or trashed, in one
 * transaction: the newest history page or two of each. Costs one read of
 * `meta` when nothing changed.
 */
export async function deriveStatsAgain(db: Db): Promise<boolean> {
  if ((await db.get('meta', STATS_VERSION_KEY)) === STATS_VERSION) return false;
  const tx = db.transaction(['stats', 'history', 'meta'], 'readwrite');
  const history = tx.objectStore('history');
  let s = await tx.objectStore('stats').openCursor();
  while (s) {
    issue(s.update(seal(await withMoods(history, s.value))));
    s = await s.continue();
  }
  issue(tx.objectStore('meta').put(STATS_VERSION, STATS_VERSION_KEY));
  await tx.done;
  return true;
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
