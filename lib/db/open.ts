import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type RapportDB } from './schema';
import { DB_VERSION, upgrade } from './migrations';

export type Db = IDBPDatabase<RapportDB>;

/** Only the background calls this: a database opened in a content script would belong to the host page. */
export function openRapportDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openDB<RapportDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgrade(db, oldVersion, newVersion ?? version, tx);
    },
    blocking(_cur, _next, event) {
      // A newer version wants the database (an update installed): let it.
      (event.target as IDBDatabase).close();
    },
  });
}
