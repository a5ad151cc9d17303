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

import { browser } from 'wxt/browser';
import type { Db } from '../db/open';
import type { UserPortal } from '../messaging/protocol';
import { SIDEBAR_PORT } from '../../components/overlay/bridge';

export const PORTAL_SCRIPT = '/content-scripts/portal.js';
/** The sidebar for portal pages, injected on demand (components/overlay/bridge.ts). */
export const PORTAL_SIDEBAR_SCRIPT = '/content-scripts/portal-sidebar.js';
const META_KEY = 'userPortals';
const ID_PREFIX = 'rapport-portal-';

export type PortalCheck = { ok: true; origin: string; pattern: string } | { ok: false; error: string };

const MAIL = /(^|\.)(mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com|outlook\.cloud\.microsoft)(\.mcas\.ms)?$/;

/** Does a manifest match pattern ("https://*.onelegal.com/*") cover this host? */
export function patternCoversHost(pattern: string, host: string): boolean {
  const m = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return pattern === '<all_urls>';
  const h = m[1]!;
  if (h === '*') return true;
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

/**
 * Validates what the user typed as a portal address. `known` are the match
 * patterns Rapport already runs on (the manifest's content scripts): those
 * portals, and the mail hosts, are refused rather than double-covered.
 */
export function checkPortalUrl(raw: string, known: readonly string[]): PortalCheck {
  const s = raw.trim();
  if (!s) return { ok: false, error: 'Enter the portal’s address, e.g. https://efile.example-court.gov' };
  if (s.includes('*')) return { ok: false, error: 'Enter one portal’s address; wildcards (*) are not allowed.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: 'That is not a web address.' };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'Only https:// portals can be added: client pages must not travel unencrypted.' };
  if (url.username || url.password) return { ok: false, error: 'Leave the user name and password out of the address.' };
  if (url.port) return { ok: false, error: 'Portals on a non-standard port are not supported.' };
  const host = url.hostname.toLowerCase();
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(host))
    return { ok: false, error: 'Enter a full host name such as efile.example-court.gov.' };
  if (MAIL.test(host)) return { ok: false, error: `${host} is a mail host: Rapport already shows its sidebar there.` };
  if (known.some((p) => patternCoversHost(p, host)))
    return { ok: false, error: `Rapport already recognises ${host}; there is nothing to add.` };
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

type Stored = { origin: string; addedAt: number };

async function stored(db: Db): Promise<Stored[]> {
  const v = await db.get('meta', META_KEY);
  return Array.isArray(v) ? (v as Stored[]).filter((p) => typeof p?.origin === 'string') : [];
}

const save = (db: Db, list: Stored[]) => db.put('meta', list, META_KEY);

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
  const list = await stored(db);
  const ids = new Set((await api.registeredIds()).filter((id) => id.startsWith(ID_PREFIX)));
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
    out.push({ origin: p.origin, addedAt: p.addedAt, granted, registered });
  }
  if (ids.size) await api.unregister([...ids]).catch(() => {});
  return out;
}

export async function addPortal(db: Db, api: PortalApi, url: string, now: number): Promise<UserPortal[] | { error: string }> {
  const check = checkPortalUrl(url, api.known());
  if (!check.ok) return { error: check.error };
  if (!(await api.hasPermission(check.pattern)))
    return { error: `Rapport was not allowed to read ${check.origin}. Add it again and choose Allow.` };
  const list = await stored(db);
  if (!list.some((p) => p.origin === check.origin)) await save(db, [...list, { origin: check.origin, addedAt: now }]);
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

/** The real browser behind PortalApi (unit tests pass a fake). */
export const browserPortalApi: PortalApi = {
  known() {
    const m = browser.runtime.getManifest() as { content_scripts?: { matches?: string[] }[] };
    return (m.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  },
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  removePermission: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  async registeredIds() {
    return (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  },
  async register(id, pattern) {
    const script = { id, js: [PORTAL_SCRIPT], matches: [pattern], runAt: 'document_idle' as const };
    try {
      await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
    } catch (e) {
      // Browsers without persistent registrations: syncPortals re-registers at every startup anyway.
      if (!/persist/i.test(String(e))) throw e;
      await browser.scripting.registerContentScripts([script]);
    }
  },
  async unregister(ids) {
    if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
  },
};

/**
 * Background wiring: re-sync registrations whenever the worker starts and when
 * the user grants or revokes host access in the browser, and inject the portal sidebar into a
 * tab when its badge script asks (a Port, because the injection needs the
 * sender's tab — not a protocol message, and only our own content scripts can
 * connect: the manifest has no externally_connectable).
 */
export function wirePortals(db: () => Promise<Db>, api: PortalApi = browserPortalApi): void {
  const sync = () => void db().then((d) => syncPortals(d, api)).catch((e) => console.warn('[rapport] portal sync failed', e));
  browser.permissions.onAdded?.addListener(sync);
  browser.permissions.onRemoved?.addListener(sync);
  browser.runtime.onInstalled?.addListener(sync);
  // When the browser starts (and on install or update, above): registrations
  // lost anywhere (an update, a browser that does not persist them) come
  // back. Not on every wake, where it would compete with the lookup that
  // woke the worker; a registration persists while the browser runs.
  browser.runtime.onStartup?.addListener(sync);

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDEBAR_PORT) return;
    const tabId = port.sender?.tab?.id;
    if (port.sender?.id !== browser.runtime.id || tabId === undefined) return port.disconnect();
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [port.sender?.frameId ?? 0] }, files: [PORTAL_SIDEBAR_SCRIPT] })
      .catch((e) => console.warn('[rapport] could not open the portal sidebar', e))
      .finally(() => port.disconnect());
  });
}
