import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { clientKeys, KEYS_VERSION } from '../identity/keys';
import type { Interaction } from '../model/interaction';
import { settingsFromStored, SETTINGS_KEY } from '../model/settings';
import { paginate, toItem } from './history';
import type { RapportDB, StoredClient } from './schema';
import { seal, STATS_VERSION, statsWithHistory } from './stats';
import { startOfDay } from 'date-fns';
import { COUNTS_KEY, type Counts } from './counts';
import { issue } from './request';

// Numbered upgrade steps. A shipped step is never edited: add a new one and
// bump DB_VERSION. tests/unit/db/migrations.test.ts opens a database seeded at
// every earlier version and upgrades it. A step may be async: it runs inside
// the upgrade transaction and must await nothing but requests on it.

/** Every store any version has had: versions 1–2 kept interactions as one record each. */
export interface AnyVersionDB extends RapportDB {
  interactions: {
    key: string;
    value: Interaction & { openFlag?: string };
    indexes: { byClientAt: [string, number]; byClientMessage: [string, string]; openFlags: string };
  };
}

type UpgradeDb = IDBPDatabase<AnyVersionDB>;
type UpgradeTx = IDBPTransaction<AnyVersionDB, StoreNames<AnyVersionDB>[], 'versionchange'>;

/** meta key: the KEYS_VERSION the stored identity keys and search tokens were derived with. */
export const KEYS_VERSION_KEY = 'keysVersion';

/** meta key: the STATS_VERSION (stats.ts) the stored stats were derived with; open.ts derives them again when it differs. */
export const STATS_VERSION_KEY = 'statsVersion';

export const MIGRATIONS: ((db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>)[] = [
  // 1 — clients by normalised identifier, interactions by client and time.
  (db) => {
    const clients = db.createObjectStore('clients', { keyPath: 'id' });
    clients.createIndex('keys', 'keys', { multiEntry: true });
    const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
    interactions.createIndex('byClientAt', ['clientId', 'at']);
    // Records without a messageId are simply not in this index; with one, a
    // message is logged once per client.
    interactions.createIndex('byClientMessage', ['clientId', 'messageId'], { unique: true });
    db.createObjectStore('meta');
  },
  // 2 — rejected filings awaiting acknowledgement, by client. Sparse: only
  // records carrying `openFlag` (set by repos/filings.ts) are in it.
  (_db, tx) => {
    tx.objectStore('interactions').createIndex('openFlags', 'openFlag');
  },
  // 3 — per-client stats kept with every write (last contact, cadence dates,
  // counts, awaiting reply, open flags, search tokens), interactions moved
  // into per-client history pages keyed [clientId, at, id], a staging store
  // for bulk writes. Every client's stats are built here from its history;
  // its identity keys are derived again with the current code.
  async (db, tx) => {
    const stats = db.createObjectStore('stats', { keyPath: 'id' });
    stats.createIndex('sort', 'sort');
    stats.createIndex('terms', 'terms', { multiEntry: true });
    stats.createIndex('due', ['dueAt', 'sort']);
    stats.createIndex('overdue', ['overdueAt', 'sort']);
    stats.createIndex('trashedAt', 'trashedAt');
    stats.createIndex('flagged', 'flagged');
    const history = db.createObjectStore('history', { keyPath: ['clientId', 'at', 'id'] });
    db.createObjectStore('staging', { keyPath: ['job', 'seq'] });

    const { cadence } = settingsFromStored(await tx.objectStore('meta').get(SETTINGS_KEY));
    const byClient = tx.objectStore('interactions').index('byClientAt');
    let cursor = await tx.objectStore('clients').openCursor();
    while (cursor) {
      const client = cursor.value as StoredClient;
      // An interaction whose client is gone was unreachable in versions 1–2
      // (deleting a client deleted its history in the same transaction), so
      // only clients' own histories are carried over.
      const old = await byClient.getAll(IDBKeyRange.bound([client.id, -Infinity], [client.id, Infinity]));
      const items = old.map(toItem);
      for (const page of paginate(client.id, items)) issue(history.put(page));
      // Version 2 marked an open flag with `openFlag`; since 3 an open flag is
      // "rejected and not acknowledged", which is what `openFlag` meant.
      issue(stats.put(seal(statsWithHistory(client, cadence, items))));
      issue(cursor.update({ ...client, keys: clientKeys(client) }));
      cursor = await cursor.continue();
    }
    db.deleteObjectStore('interactions');
    issue(tx.objectStore('meta').put(KEYS_VERSION, KEYS_VERSION_KEY));
    // The list's total and the badge's counts, kept from here on by every write (counts.ts).
    const day = startOfDay(Date.now()).getTime();
    const upTo = IDBKeyRange.upperBound([day, []]);
    const [live, dueOrOverdue, overdue] = await Promise.all([stats.index('sort').count(), stats.index('due').count(upTo), stats.index('overdue').count(upTo)]);
    issue(tx.objectStore('meta').put({ live, cadence: { day, overdue, due: dueOrOverdue - overdue } } satisfies Counts, COUNTS_KEY));
  },
  // 4 — deadlines and promises, by client and due date, and by internal
  // target date while open (sparse: see StoredDeadline.alertOn); open
  // questions by client and when they were added. Both start empty.
  (db) => {
    const deadlines = db.createObjectStore('deadlines', { keyPath: 'id' });
    deadlines.createIndex('client', ['clientId', 'dueDate']);
    deadlines.createIndex('alert', 'alertOn');
    const questions = db.createObjectStore('questions', { keyPath: 'id' });
    questions.createIndex('client', ['clientId', 'addedAt']);
  },
  // 5 — clients whose mood trend calls for a check-in (sparse: stats carry
  // `checkIn` only while it is raised; schema.ts ClientStats.checkIn). The
  // stats of an existing database gain their moods, and so their entries
  // here, when open.ts derives them again (STATS_VERSION).
  (_db, tx) => {
    tx.objectStore('stats').createIndex('checkIn', 'checkIn');
  },
  // 6 — snapshots taken before a restore or a large import, for "Undo this
  // import": keyed [snapshot id, seq] (seq 0 the head, 1… the parts). Starts
  // empty; read by key range only, so no index.
  (db) => {
    db.createObjectStore('snapshots', { keyPath: ['id', 'seq'] });
  },
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs the steps from `oldVersion`. A step that fails aborts the upgrade
 * transaction, so the database stays at its old version with nothing changed.
 */
export async function upgrade(db: IDBPDatabase<RapportDB>, oldVersion: number, newVersion: number, tx: IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'versionchange'>): Promise<void> {
  // The open request reports how the upgrade ended; this promise would only repeat it.
  tx.done.catch(() => {});
  try {
    for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v]!(db as unknown as UpgradeDb, tx as unknown as UpgradeTx);
    // A new database has every stats field from its first write: nothing to derive again on open (open.ts).
    if (oldVersion === 0) issue(tx.objectStore('meta').put(STATS_VERSION, STATS_VERSION_KEY));
  } catch (e) {
    console.error('[rapport] database upgrade failed; nothing was changed', e);
    tx.abort();
  }
}

