import { SETTINGS_KEY, settingsFromStored, type Settings } from '../../model/settings';
import type { Db } from '../open';

/** The stored settings, with defaults for anything missing (no migration needed: it lives in `meta`). */
// Read on every lookup, written only through putSettings (the background is the
// only writer), so each open database keeps its settings in memory.
const cache = new WeakMap<Db, Settings>();

export async function getSettings(db: Db): Promise<Settings> {
  const hit = cache.get(db);
  if (hit) return hit;
  const settings = settingsFromStored(await db.get('meta', SETTINGS_KEY));
  cache.set(db, settings);
  return settings;
}

/** Stores settings that the caller has already validated with settingsSchema. */
export async function putSettings(db: Db, settings: Settings): Promise<Settings> {
  await db.put('meta', settings, SETTINGS_KEY);
  cache.set(db, settings);
  return settings;
}
