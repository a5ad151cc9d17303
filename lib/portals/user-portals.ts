// User-added portals: a court or firm portal Rapport has no adapter for, where
// the generic scanner (content-scripts/portal.js, built with registration
// 'runtime') should run.
//
// Flow: options validates the address (checkPortalUrl, pure — it must run
// before permissions.request, inside the click), asks the browser for that one
// origin, then sends addPortal; the background registers the script there with
// scripting.registerContentScripts (persistAcrossSessions) and keeps the list
// in the meta store. syncPortals() runs at startup and whenever permissions
// change: a portal whose permission the user revoked is unregistered (and shown
// as such), a registration nobody asked for is dropped. Removing a portal
// unregisters it and releases the permission.
//
// The browser is reached only through PortalApi (lib/background/portals.ts
// implements it), so the message handlers need nothing from lib/background.

import type { Db } from '../db/open';
import type { UserPortal } from '../messaging/protocol';
import { MAIL_MATCHES, patternCoversHost } from '../sites/hosts';
import { t } from '../i18n/t';

export { patternCoversHost };

export const PORTAL_SCRIPT = '/content-scripts/portal.js';
/** meta key of the list. */
export const PORTALS_KEY = 'userPortals';
/**
 * meta key set (to the time) by a write that changed the list outside this
 * module — a restore's commit, an undo — in the same transaction. The next
 * sync clears it; a worker that wakes and finds it set syncs, so a worker
 * killed between that commit and its sync still registers the portals.
 */
export const PORTAL_SYNC_KEY = 'userPortalsSyncDue';
const ID_PREFIX = 'rapport-portal-';

export type PortalCheck = { ok: true; origin: string; pattern: string } | { ok: false; error: string };

const isMailHost = (host: string) => MAIL_MATCHES.some((p) => patternCoversHost(p, host));

/**
 * Validates what the user typed as a portal address. `known` are the match
 * patterns Rapport already runs on (the manifest's content scripts): those
 * portals, and the mail hosts, are refused rather than double-covered.
 */
export function checkPortalUrl(raw: string, known: readonly string[]): PortalCheck {
  const s = raw.trim();
  if (!s) return { ok: false, error: t('errors_portal_enter') };
  if (s.includes('*')) return { ok: false, error: t('errors_portal_wildcard') };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: t('errors_portal_not_web') };
  }
  if (url.protocol !== 'https:') return { ok: false, error: t('errors_portal_https') };
  if (url.username || url.password) return { ok: false, error: t('errors_portal_credentials') };
  if (url.port) return { ok: false, error: t('errors_portal_port') };
  const host = url.hostname.toLowerCase();
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(host))
    return { ok: false, error: t('errors_portal_host') };
  if (isMailHost(host)) return { ok: false, error: t('errors_portal_mail_host', { host }) };
  if (known.some((p) => patternCoversHost(p, host)))
    return { ok: false, error: t('errors_portal_known', { host }) };
  const origin = `https://${host}`;
  return { ok: true, origin, pattern: `${origin}/*` };
}

/** What the background needs from the browser, injectable for unit tests. */
export interface PortalApi {
  /** The manifest's content-script match patterns: the portals and mail hosts Rapport already covers. */
  known(): string[];
  hasPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<boolean>;
  registeredIds(): Promise<string[]>;
  register(id: string, pattern: string): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export const scriptId = (origin: string) => ID_PREFIX + new URL(origin).hostname;
export const isPortalScriptId = (id: string) => id.startsWith(ID_PREFIX);

/** As stored; `efiling` is absent on records written before the user could mark a portal. */
export type StoredPortal = { origin: string; addedAt: number; efiling?: boolean };
type Stored = StoredPortal;

/** The list from the stored value (anything else reads as empty). */
export const portalList = (v: unknown): Stored[] => (Array.isArray(v) ? (v as Stored[]).filter((p) => typeof p?.origin === 'string') : []);

async function stored(db: Db): Promise<Stored[]> {
  return portalList(await db.get('meta', PORTALS_KEY));
}

const save = (db: Db, list: Stored[]) => db.put('meta', list, PORTALS_KEY);

/**
 * The list with `incoming` portals added (a restore): those whose origin is
 * listed already are left as the user has them. Returns the origins added.
 */
export function mergePortals(current: readonly Stored[], incoming: readonly Stored[]): { list: Stored[]; added: string[] } {
  const have = new Set(current.map((p) => p.origin));
  const list = [...current];
  const added: string[] = [];
  for (const p of incoming) {
    if (have.has(p.origin)) continue;
    have.add(p.origin);
    list.push(p.efiling ? { origin: p.origin, addedAt: p.addedAt, efiling: true } : { origin: p.origin, addedAt: p.addedAt });
    added.push(p.origin);
  }
  return { list, added };
}

/** Whether a restore or an undo changed the list since the last sync (PORTAL_SYNC_KEY). */
export async function portalSyncDue(db: Db): Promise<boolean> {
  return (await db.get('meta', PORTAL_SYNC_KEY)) !== undefined;
}

/** On a worker's wake: syncs only when a restore or an undo changed the list and no sync followed (one meta read otherwise). */
export async function syncIfDue(db: Db, api: PortalApi): Promise<boolean> {
  if (!(await portalSyncDue(db))) return false;
  await syncPortals(db, api);
  return true;
}

/** The added portals and whether each is marked as e-filing (the router asks when a sender's host is not a known one). */
export async function userPortalList(db: Db): Promise<{ origin: string; efiling: boolean }[]> {
  return (await stored(db)).map((p) => ({ origin: p.origin, efiling: p.efiling === true }));
}

// Syncs run one at a time: the worker's startup sync and a message's sync
// must not both register the same script.
let queue: Promise<unknown> = Promise.resolve();

/** Brings registrations in line with the list and the permissions the user holds; returns the list as it now stands. */
export function syncPortals(db: Db, api: PortalApi): Promise<UserPortal[]> {
  const run = queue.then(() => sync(db, api));
  queue = run.catch(() => {});
  return run;
}

async function sync(db: Db, api: PortalApi): Promise<UserPortal[]> {
  // Read with the list: cleared at the end only if no write marked the list again meanwhile.
  const tx = db.transaction('meta');
  const [raw, due] = await Promise.all([tx.store.get(PORTALS_KEY), tx.store.get(PORTAL_SYNC_KEY)]);
  const list = portalList(raw);
  const ids = new Set((await api.registeredIds()).filter(isPortalScriptId));
  const out: UserPortal[] = [];
  for (const p of list) {
    const id = scriptId(p.origin);
    const granted = await api.hasPermission(`${p.origin}/*`);
    let registered = ids.has(id);
    if (granted && !registered) {
      try {
        await api.register(id, `${p.origin}/*`);
        registered = true;
      } catch (e) {
        console.warn('[rapport] could not register portal', p.origin, e);
      }
    } else if (!granted && registered) {
      await api.unregister([id]).catch(() => {});
      registered = false;
    }
    ids.delete(id);
    out.push({ origin: p.origin, addedAt: p.addedAt, granted, registered, efiling: p.efiling === true });
  }
  if (ids.size) await api.unregister([...ids]).catch(() => {});
  if (due !== undefined) await clearSyncDue(db, due);
  return out;
}

async function clearSyncDue(db: Db, seen: unknown): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  if ((await tx.store.get(PORTAL_SYNC_KEY)) === seen) await tx.store.delete(PORTAL_SYNC_KEY);
  await tx.done;
}

export async function addPortal(db: Db, api: PortalApi, url: string, now: number, efiling = false): Promise<UserPortal[] | { error: string }> {
  const check = checkPortalUrl(url, api.known());
  if (!check.ok) return { error: check.error };
  if (!(await api.hasPermission(check.pattern)))
    return { error: t('errors_portal_not_allowed', { origin: check.origin }) };
  const list = await stored(db);
  const existing = list.find((p) => p.origin === check.origin);
  if (!existing) await save(db, [...list, { origin: check.origin, addedAt: now, efiling }]);
  // Adding it again with the box ticked marks it; adding it again without leaves the mark as it was.
  else if (efiling && !existing.efiling) await save(db, list.map((p) => (p === existing ? { ...p, efiling: true } : p)));
  return syncPortals(db, api);
}

export async function markPortal(db: Db, api: PortalApi, origin: string, efiling: boolean): Promise<UserPortal[] | { error: string }> {
  const list = await stored(db);
  if (!list.some((p) => p.origin === origin)) return { error: t('errors_portal_not_yours', { origin }) };
  await save(db, list.map((p) => (p.origin === origin ? { ...p, efiling } : p)));
  return syncPortals(db, api);
}

export async function removePortal(db: Db, api: PortalApi, origin: string): Promise<UserPortal[]> {
  const list = await stored(db);
  const gone = list.find((p) => p.origin === origin);
  await save(db, list.filter((p) => p.origin !== origin));
  if (gone) {
    await api.unregister([scriptId(gone.origin)]).catch(() => {});
    // Release the permission; a host the manifest itself requires cannot be released, and need not be.
    await api.removePermission(`${gone.origin}/*`).catch(() => false);
  }
  return syncPortals(db, api);
}
