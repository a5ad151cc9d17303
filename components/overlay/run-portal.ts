// The badge half of a portal page (efiling.js for known portals, portal.js
// for the ones the user added): badges beside recognised case numbers, and the
// sidebar brought in when it is needed — a docket whose case a client holds,
// or a badge clicked. The sidebar half (portal-sidebar.js) is injected by the
// background on request, so a list page that nobody clicks on costs only this.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/client';
import type { ScreenContext, SiteAdapter } from '../../lib/sites/types';
import { filingsChanged, onFilingsChanged } from '../sidebar/filings-changed';
import { bridge, SIDEBAR_PORT } from './bridge';
import { createOverlay } from './overlay';

const HIDES = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Wait after a mutation before re-scanning, so a re-render burst costs one pass. */
const DEBOUNCE_MS = 150;

const hiddenBy = (attr: string | null, value: string | null) => (attr === 'hidden' ? value !== null : HIDES.test(value ?? ''));

/**
 * `mayBeDocket` is a cheap look at the page (a selector, not a reading): only
 * when it says yes is the page read at load. A whole-list reading walks every
 * row (tens of ms on 2,000 orders) and the badges do not need it.
 */
export function runPortal(ctx: ContentScriptContext, adapter: SiteAdapter, mayBeDocket: (doc: Document) => boolean = () => false): void {
  const b = bridge();
  const safeRead = (a: SiteAdapter) => {
    try {
      return a.read(document, new URL(location.href));
    } catch (e) {
      console.debug('[rapport] adapter failed', adapter.id, e);
      return null;
    }
  };
  // The sidebar half reads the page through this: dockets only (lists show nothing until a badge is clicked).
  const dockets: SiteAdapter = { ...adapter, read: (doc, url) => (mayBeDocket(doc) ? adapter.read(doc, url) : null) };
  b.adapter = dockets;
  let reading: ScreenContext | null = null;
  const read = () => (reading = safeRead(dockets));

  /** Show `context` (null: the page's own reading) in the sidebar, injecting it first if need be. */
  const openSidebar = (context: ScreenContext | null, clientId?: string) => {
    if (b.sidebar) return b.sidebar.show(context, clientId);
    b.pending = { context, clientId };
    if (b.loading) return;
    b.loading = true;
    try {
      // The background injects portal-sidebar.js into this tab and hangs up.
      browser.runtime.connect({ name: SIDEBAR_PORT }).onDisconnect.addListener(() => {
        if (!b.sidebar) b.loading = false;
      });
    } catch {
      b.loading = false; // the extension was updated under this page
    }
  };

  // A docket is about one case: open the sidebar for it — but only when a
  // client holds it; a lawyer reads many dockets that are none of their clients'.
  const docket = async () => {
    const r = read();
    if (r?.view !== 'docket' || b.sidebar) return;
    try {
      const { matches } = await send('resolveCases', { cases: r.cases.map((c) => ({ caseNumber: c.caseNumber, matterCode: c.matterCode })) });
      if (Object.keys(matches).length && !ctx.isInvalid) openSidebar(null);
    } catch {
      // Unreachable: no sidebar rather than a wrong one.
    }
  };

  const overlay = createOverlay({
    doc: document,
    resolve: async (keys) => (await send('resolveCases', { cases: keys.map((k) => ({ caseNumber: k.slice('case:'.length) })) })).matches,
    async logRejections(items) {
      const { results } = await send('logFilings', { site: adapter.id, filings: items });
      if (results.some((r) => r.flagged)) filingsChanged();
    },
    open: (ref, clientId) => openSidebar({ site: adapter.id, url: location.href, people: [], cases: [ref], view: 'list' }, clientId),
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
    overlay.changed(nodes);
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

  const start = () => {
    if (ctx.isInvalid) return;
    observer.disconnect();
    pending.clear();
    void docket();
    overlay.scanAll();
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
    b.sidebar?.show(null);
    ctx.setTimeout(start, 300);
  });
  // A flag acknowledged, a filing logged, a client edited elsewhere: ask again about every key.
  const off = onFilingsChanged(() => overlay.refresh());
  let resizing: number | undefined;
  ctx.addEventListener(window, 'resize', () => {
    clearTimeout(resizing);
    resizing = ctx.setTimeout(() => overlay.refit(), 200);
  });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') overlay.refresh();
  });

  // The popup asks who is on this tab's screen: the whole reading, made only
  // when asked. Registered before the sidebar half's listener (which knows
  // dockets only), so this answer is the one delivered.
  const onMessage = (msg: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    if ((msg as { type?: unknown } | null)?.type !== 'getScreenContext') return;
    reply(safeRead(adapter));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    off();
    browser.runtime.onMessage.removeListener(onMessage);
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    overlay.destroy();
    if (b.adapter === adapter) b.adapter = undefined;
  });
  start();
}
