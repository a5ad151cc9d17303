import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RapportDB } from './schema';

// Numbered upgrade steps. A shipped step is never edited: add a new one and
// bump DB_VERSION. tests/unit/db/migrations.test.ts opens a database seeded at
// every earlier version and upgrades it.

type UpgradeTx = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'versionchange'>;

export const MIGRATIONS: ((db: IDBPDatabase<RapportDB>, tx: UpgradeTx) => void)[] = [
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
];

export const DB_VERSION = MIGRATIONS.length;

export function upgrade(db: IDBPDatabase<RapportDB>, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let v = oldVersion; v < newVersion; v++) MIGRATIONS[v]!(db, tx);
}
