// The browser behind user-added portals (lib/portals/user-portals.ts holds the
// rules): script registration and host permissions, and the wiring that keeps
// registrations in step with what the user has granted.
import { browser } from 'wxt/browser';
import type { Db } from '../db/open';
import { PORTAL_SCRIPT, syncIfDue, syncPortals, type PortalApi } from '../portals/user-portals';

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
 * Re-sync registrations whenever the worker starts and when the user grants or
 * revokes host access in the browser.
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
  // Except when a restore or an undo changed the list and the worker died
  // before it synced (its transaction left a flag): then now. One meta read.
  void db()
    .then((d) => syncIfDue(d, api))
    .catch((e) => console.warn('[rapport] portal sync failed', e));
}
