import { SETTINGS_KEY, settingsFromStored, type Settings } from '../../model/settings';
import type { Db } from '../open';
import { seal, withCadence } from '../stats';
import { withWrite, type ReadTx, type WriteTx } from '../write';
import type { CadenceDefaults } from '../../model/cadence';
import { issue } from '../request';
import { noteStanding, standing } from '../counts';

// Read on most messages, written only through putSettings (the background is
// the only writer), so each open database keeps its settings in memory. A new
// worker reads them once, inside the first message's own transaction when it
// can (settingsIn), so waking adds no separate read.
const cache = new WeakMap<Db, Settings>();

/** The stored settings, with defaults for anything missing (no migration needed: it lives in `meta`). */
export async function getSettings(db: Db): Promise<Settings> {
  const hit = cache.get(db);
  if (hit) return hit;
  const settings = settingsFromStored(await db.get('meta', SETTINGS_KEY));
  cache.set(db, settings);
  return settings;
}

/** The same, read inside a transaction that includes `meta` when not cached. */
export async function settingsIn(db: Db, tx: ReadTx): Promise<Settings> {
  const hit = cache.get(db);
  if (hit) return hit;
  const settings = settingsFromStored(await tx.objectStore('meta').get(SETTINGS_KEY));
  cache.set(db, settings);
  return settings;
}

/**
 * Stores settings that the caller has already validated with settingsSchema.
 * When the cadences changed, every live client's cadence dates move in the
 * same transaction (the badge and Losing touch read them), rewriting only
 * the stats whose resolved cadence changed.
 */
export async function putSettings(db: Db, settings: Settings): Promise<Settings> {
  const before = await getSettings(db);
  const cadenceChanged = JSON.stringify(before.cadence) !== JSON.stringify(settings.cadence);
  await withWrite(db, cadenceChanged ? ['meta', 'stats'] : ['meta'], async (tx) => {
    issue(tx.objectStore('meta').put(settings, SETTINGS_KEY));
    if (cadenceChanged) await recadence(tx, settings.cadence);
  });
  cache.set(db, settings);
  return settings;
}

/** Inside `tx`: every client whose resolved cadence differs under `cadence` gets its new cadence dates. */
export async function recadence(tx: WriteTx, cadence: CadenceDefaults): Promise<void> {
  let cursor = await tx.objectStore('stats').openCursor();
  while (cursor) {
    const s = cursor.value;
    const was = [s.idealDays, s.maxDays];
    const before = standing(s);
    withCadence(s, cadence);
    if (s.idealDays !== was[0] || s.maxDays !== was[1]) {
      issue(cursor.update(seal(s)));
      noteStanding(tx, before, standing(s));
    }
    cursor = await cursor.continue();
  }
}

/** After a transaction that wrote the settings committed (a restore, an undo): what reads see from now on. */
export function rememberSettings(db: Db, settings: Settings): void {
  cache.set(db, settings);
}
