import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS, type AnyVersionDB } from '../../../lib/db/migrations';

/**
 * Creates database `name` exactly as version `version` shipped it (running only
 * the first `version` migrations), lets `seed` write records the way that
 * version stored them, and closes it. The test then opens it with the current
 * code, which must upgrade it without losing anything.
 */
export async function seedAtVersion(name: string, version: number, seed: (db: IDBPDatabase<AnyVersionDB>) => Promise<void>): Promise<void> {
  if (version < 1 || version > MIGRATIONS.length) throw new Error(`No version ${version}`);
  const db = await openDB<AnyVersionDB>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) await MIGRATIONS[v]!(db, tx);
    },
  });
  await seed(db);
  db.close();
}
