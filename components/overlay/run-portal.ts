// A portal page (efiling.js for known portals, portal.js for the ones the user
// added): badges beside recognised case numbers, and the sidebar frame brought
// in when it is needed — a docket whose case a client holds, or a badge
// clicked. A list page that nobody clicks on costs only the badge script: the
// code that reads a page whole (pacer.ts, odyssey.ts, table.ts) is asked of the
// background (loadScript) only when a docket may be on screen or the popup
// asks who is, and arrives as entrypoints/efiling-readers.ts; the badge itself
// (entrypoints/portal-badges.ts) only once a number on the page is a client's.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onDisplayChange, readDisplay } from '../../lib/display/prefs';
import { requestPanel } from '../../lib/display/panel-request';
import { send } from '../../lib/messaging/client';
import { INJECTED, type InjectedScript } from '../../lib/sites/efiling/injected';
import { mayBeDocket, type Readers, type SiteId } from '../../lib/sites/efiling/pick';
import { createRemoteReader, readPage, type PageFacts } from '../../lib/sites/efiling/reading';
import type { ScreenContext } from '../../lib/sites/types';
import { createScreenHost, type MountFrame } from '../host/screen-host';
import type { createBadge } from './badge';
import { createOverlay } from './overlay';

/** Wait after a mutation before re-scanning, so a re-render burst costs one pass. */
const DEBOUNCE_MS = 150;

const HIDES = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const hiddenBy = (attr: string | null, value: string | null) => (attr === 'hidden' ? value !== null : HIDES.test(value ?? ''));

/** What each injected script leaves under its symbol (entrypoints/efiling-readers.ts, portal-badges.ts). */
export interface InjectedExports {
  readers: Readers;
  badges: typeof createBadge;
}

/** Scripts asked of the background, by name: each is injected into this content script's world once. */
const loaded = new Map<InjectedScript, Promise<unknown>>();
function load<K extends InjectedScript>(script: K): Promise<InjectedExports[K]> {
  let p = loaded.get(script);
  if (!p) {
    p = send('loadScript', { script }).then(() => {
      const got = (globalThis as { [k: symbol]: unknown })[INJECTED[script]];
      // i18n-ignore: a developer error, caught below (the page then shows no badges or sidebar), never shown to the user
      if (!got) throw new Error(`Rapport's ${script} did not load.`);
      return got;
    });
    // Asked again next time (the worker may have been restarting).
    p.catch(() => loaded.delete(script));
    loaded.set(script, p);
  }
  return p as Promise<InjectedExports[K]>;
}

/**
 * `pick` chooses the reader once the background has said what it knows of the
 * page's host (its court; whether the catalogue lists it as Odyssey). A cheap
 * look at the page (pick.ts mayBeDocket: a selector, not a reading) says
 * whether it may be a docket: only then is the page read at load. A whole-list
 * reading walks every row (tens of ms on 2,000 orders) and the badges do not
 * need it. `mount`: the sidebar frame (null on portals the user added, whose
 * sidebar opens in a window).
 */
export async function runPortal(ctx: ContentScriptContext, pick: (facts: PageFacts) => SiteId, mount: MountFrame | null): Promise<void> {
  // What a case number is, the background says (lib/sites/efiling/reading.ts).
  const reader = createRemoteReader((questions) => send('readCases', { questions }));
  try {
    await reader.fetch();
  } catch {
    return; // Rapport is not reachable (updated under this page): nothing to show.
  }
  if (ctx.isInvalid) return;
  const site = pick(reader.page);
  // Fail soft: a page the adapter does not understand, or readers that could
  // not be loaded, give no sidebar, not a broken page.
  const readAll = () =>
    load('readers').then(
      (r) => readPage(r[site], document, new URL(location.href), reader),
      () => null,
    );
  // The sidebar shows dockets only; a list shows nothing there until a badge is clicked.
  const readDocket = () => (mayBeDocket(site, document) ? readAll() : null);

  // Rapport in the browser's side panel (Settings → Display): no frame in this
  // page, and what would open it opens the panel instead.
  let panel = (await readDisplay()).sidebar === 'panel';
  if (ctx.isInvalid) return;
  let overlay: ReturnType<typeof createOverlay> | null = null;
  const host = createScreenHost(ctx, { onChanged: () => overlay?.refresh(), framed: !panel }, mount);
  ctx.onInvalidated(
    onDisplayChange((prefs) => {
      panel = prefs.sidebar === 'panel';
      host.setFramed(!panel);
    }),
  );

  /** The page's own reading for the sidebar (a docket, or nothing). */
  let reading: ScreenContext | null = null;
  const show = (context: ScreenContext | null, opts?: Parameters<typeof host.show>[1]) => void host.show(context, opts);

  // A docket is about one case: the sidebar opens for it — but only when a
  // client holds it (the background looks that up; a lawyer reads many dockets
  // that are none of their clients').
  const docket = async () => {
    reading = await readDocket();
    // Not in panel mode: the browser opens its panel only on the user's click,
    // and an open panel follows this tab already; a user-added portal would get a window.
    show(reading, reading?.view === 'docket' && !panel ? { openIfClient: true } : undefined);
  };

  overlay = createOverlay({
    doc: document,
    reader,
    badges: () => load('badges'),
    resolve: async (keys) => (await send('resolveCases', { cases: keys.map((k) => ({ caseNumber: k.slice('case:'.length) })) })).matches,
    async logRejections(items) {
      try {
        await send('logFilings', { site, filings: items });
      } catch (e) {
        // A portal the user has not marked as e-filing may not raise flags: that is final, not worth retrying.
        if ((e as { code?: string }).code !== 'forbidden') throw e;
      }
    },
    open: (ref, clientId, panelHint) => {
      const focus = clientId ? { focusClientId: clientId } : {};
      const context: ScreenContext = { site, url: location.href, people: [], cases: [ref], view: 'list' };
      if (!panel) return show(context, { open: true, ...focus });
      // First, while the click still counts as the user's (panel-open.ts). The
      // panel shows this screen when it opens, now or later: the background
      // keeps the client chosen until a sidebar follows this tab.
      void requestPanel().then((opened) => opened || panelHint());
      show(context, focus);
    },
    // A docket's own text (related cases, other courts) gets no badges: the sidebar shows its one case.
    enabled: () => reading?.view !== 'docket',
    frame: (fn) => void ctx.requestAnimationFrame(fn),
  });

  const pending = new Set<Node>();
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    const nodes = [...pending];
    pending.clear();
    overlay!.changed(nodes);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) pending.add(n);
        for (const n of r.removedNodes) pending.add(n);
      } else if (r.type === 'characterData') pending.add(r.target);
      // style/hidden: only when visibility actually flipped (apps animate styles constantly).
      else if (hiddenBy(r.attributeName, r.oldValue) !== hiddenBy(r.attributeName, (r.target as Element).getAttribute(r.attributeName!)))
        pending.add(r.target);
    }
    if (pending.size && timer === undefined && !ctx.isInvalid) timer = ctx.setTimeout(flush, DEBOUNCE_MS);
  });

  let views = 0;
  const start = async () => {
    if (ctx.isInvalid) return;
    const view = ++views;
    observer.disconnect();
    pending.clear();
    // A docket is known before badges are placed (it gets none).
    await docket();
    if (view !== views || ctx.isInvalid) return;
    overlay!.scanAll();
    if (document.body)
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['hidden', 'style'],
      });
  };

  // In-app navigation: back to the page's own reading, and a fresh pass once the new view has rendered.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    show(null);
    ctx.setTimeout(() => void start(), 300);
  });
  let resizing: number | undefined;
  ctx.addEventListener(window, 'resize', () => {
    clearTimeout(resizing);
    resizing = ctx.setTimeout(() => overlay!.refit(), 200);
  });

  // A change elsewhere (a flag acknowledged, a client edited) reaches even a
  // hidden tab as "rapport:changed" (createSidebarHost's onChanged), so the
  // badges are current when it is shown again.
  // The background's commands, and the popup asking who is on this tab's
  // screen: the whole reading (list rows included), made only when asked.
  const onMessage = (msg: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    if (host.handles(msg)) return;
    if ((msg as { type?: unknown } | null)?.type !== 'getScreenContext') return;
    void readAll().then(reply);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    overlay?.destroy();
  });
  await start();
}
