import { browser } from 'wxt/browser';
import { connect } from '../../lib/db/open';
import { BACKGROUND, classifySender, originOf, type Caller, type SenderInfo } from '../../lib/messaging/caller';
import { handlers, type Env } from '../../lib/messaging/handlers';
import { SIDEBAR_PORT, type HostCommand } from '../../lib/messaging/ports';
import type { MessageType, Reply, ReplyMap } from '../../lib/messaging/protocol';
import { route } from '../../lib/messaging/router';
import { createScreenHub, type HubPort } from '../../lib/messaging/screen-hub';
import { wireKeepInTouch } from '../../lib/background/keep-in-touch';
import { wireDisplay } from '../../lib/background/display';
import { browserPortalApi, wirePortals } from '../../lib/background/portals';
import { browserScriptInjector } from '../../lib/background/inject';
import { userPortalList } from '../../lib/portals/user-portals';
import { wireAutoBackup } from '../../lib/background/auto-backup';
import type { Send } from '../../lib/backup/remote';
import { t } from '../../lib/i18n/t';
import { isPanelRequest } from '../../lib/display/panel-request';
import { openPanelFor } from '../../lib/display/panel-open';

/** Replies after which what a sidebar or a badge shows can differ. */
function changesClients(type: unknown, reply: Reply<MessageType>): boolean {
  if (!reply.ok) return false;
  switch (type) {
    case 'createClient':
    case 'updateClient':
    case 'deleteClient':
    case 'logInteraction':
    case 'deleteInteraction':
    case 'importClients':
    // Bulk writes (Options → Data imports and restores, and their undo) and the trash.
    case 'bulkCommit':
    case 'undoSnapshot':
    case 'restoreClient':
    case 'acknowledgeFiling':
    case 'updateSettings':
      return true;
    case 'logMail':
      return (reply.data as ReplyMap['logMail']).logged.length > 0;
    case 'logFilings':
      return (reply.data as ReplyMap['logFilings']).results.some((r) => r.created);
    default:
      return false;
  }
}

/**
 * Test build only: how many messages of each type the background has taken in
 * and answered, so an end-to-end test can wait for a state ("the page's
 * lookup has been answered") instead of for a time.
 */
function createTally() {
  const counts = { received: {} as Record<string, number>, answered: {} as Record<string, number> };
  const bump = (m: Record<string, number>, raw: unknown) => {
    const t = String((raw as { type?: unknown } | null)?.type);
    m[t] = (m[t] ?? 0) + 1;
  };
  return { received: (raw: unknown) => bump(counts.received, raw), answered: (raw: unknown) => bump(counts.answered, raw), counts };
}

export default defineBackground(() => {
  const tally = import.meta.env.MODE === 'e2e' ? createTally() : undefined;
  // Opened now, so the first message finds it opening; reopened by the next request if it is ever lost.
  const db = connect();
  void db.get().catch((e) => console.error('[rapport] could not open the database', e));
  // Our pages' origin. getURL of a web-accessible resource declared with
  // use_dynamic_url gives the per-session dynamic origin instead; a frame of
  // ours may report either, so both count as our own.
  const staticOrigin = originOf(new URL(browser.runtime.getURL('/options.html')));
  const ownOrigins = [...new Set([staticOrigin, originOf(new URL(browser.runtime.getURL('/sidebar.html')))])];
  const isOwnPage = (s: SenderInfo | undefined) => {
    try {
      return s?.id === browser.runtime.id && ownOrigins.includes(originOf(new URL(s.url ?? '')));
    } catch {
      return false;
    }
  };

  const screens = createScreenHub({
    isOwnPage,
    tell: (tabId, command: HostCommand) => browser.tabs.sendMessage(tabId, command, { frameId: 0 }),
    // By its static address: the dynamic one (what getURL gives for a web-accessible
    // resource with use_dynamic_url) does not load as a window of its own.
    openWindow: (tabId) =>
      browser.windows.create({ url: `${staticOrigin}/sidebar.html?tab=${tabId}`, type: 'popup', width: 380, height: 760, focused: true }),
    focusWindow: (windowId) => browser.windows.update(windowId, { focused: true }),
    async lookup(context) {
      const r = await dispatch({ type: 'getClientContext', payload: { context } }, BACKGROUND);
      if (!r.ok) throw new Error(r.error.message);
      return r.data as ReplyMap['getClientContext'];
    },
  });
  const env = async (): Promise<Env> => ({
    db: await db.get(),
    now: Date.now,
    screens,
    portals: browserPortalApi,
    scripts: browserScriptInjector,
    // Every write, whoever made it: the badge recounts, sidebars and portal badges ask again.
    handled(type, data) {
      const reply = { ok: true, data } as Reply<MessageType>;
      keepInTouch.afterMessage({ type }, reply);
      autoBackup.afterMessage(type);
      // A restore (or its undo) that replaced the settings: reminders and automatic backups follow them as after a save.
      const replaced = (type === 'bulkCommit' || type === 'undoSnapshot') && (data as { settings?: unknown }).settings;
      if (replaced) {
        keepInTouch.afterMessage({ type: 'updateSettings' }, { ok: true, data: replaced } as Reply<MessageType>);
        autoBackup.afterMessage('updateSettings');
      }
      if (changesClients(type, reply)) screens.changed();
    },
  });

  // Badge, daily reminder alarm, log-call command, notification clicks.
  const keepInTouch = wireKeepInTouch(env);
  // The welcome page on install, the focus shortcut.
  const display = wireDisplay({ focusSidebars: (tabId) => screens.focus(tabId) });
  // User-added portals: registrations kept in step with permissions.
  wirePortals(() => db.get());
  // Automatic backups: an hourly alarm while they are on; the file is written through the worker's own router.
  const ownSend = (async (type: MessageType, payload: unknown) => {
    const r = await dispatch({ type, payload }, BACKGROUND);
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  }) as Send;
  const autoBackup = wireAutoBackup(env, ownSend);

  // Every message, from a page or from the background itself, goes through the router.
  async function dispatch(raw: unknown, caller: Caller): Promise<Reply<MessageType>> {
    return route(raw, caller, handlers, await env());
  }

  const classify = (sender: SenderInfo) =>
    classifySender(sender, { ownId: browser.runtime.id, ownOrigins, userPortals: async () => userPortalList(await db.get()) });

  // Register synchronously so a message that wakes the worker is not missed.
  // Returning true and calling sendResponse works in Chrome, Firefox and WXT's
  // fake browser alike.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    tally?.received(raw);
    // A portal badge asking for the side panel: opened here, before anything
    // awaits, or the browser no longer counts the user's click (panel-open.ts).
    if (isPanelRequest(raw)) {
      void openPanelFor(sender, { id: browser.runtime.id, origins: ownOrigins })
        .then(sendResponse)
        .finally(() => tally?.answered(raw));
      return true;
    }
    classify(sender)
      .then((caller) => dispatch(raw, caller))
      .then(sendResponse, (e) => {
        console.error('[rapport] dispatch failed', e);
        sendResponse({ ok: false, error: { code: 'internal', message: t('deadlines_internal_error') } });
      })
      .finally(() => tally?.answered(raw));
    return true;
  });

  // Sidebar pages (the frame in a tab, a sidebar window) follow a tab's screen
  // over a port. Only our own pages may: a content script's port is dropped.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDEBAR_PORT) return port.disconnect();
    screens.connect(port as unknown as HubPort);
  });
  browser.tabs.onRemoved.addListener((tabId) => screens.forget(tabId));

  // End-to-end tests and the demo drive the worker through this, with the
  // background's own rights. It exists only in the test build (wxt build
  // --mode e2e); the shipped build has no such global (tests/e2e/shipped-build.spec.ts).
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as { rapport?: unknown }).rapport = {
      dispatch: (raw: unknown) => dispatch(raw, BACKGROUND),
      /** Messages from pages and content scripts, by type: taken in, and answered. */
      routed: () => structuredClone(tally!.counts),
      ...keepInTouch.hooks,
      ...display.hooks,
      ...autoBackup.hooks,
    };
  }
});
