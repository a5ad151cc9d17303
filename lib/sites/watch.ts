import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { screenKey } from './context-key';
import type { Person, ScreenContext, SiteAdapter } from './types';

export interface WatchOptions {
  /** The narrowest element whose subtree changes when the screen's conversation changes. */
  observeRoot?: (doc: Document) => Element | null;
  /** At most one read per this many ms while the host keeps re-rendering. */
  minGapMs?: number;
}

/**
 * Reads the screen through a pure adapter whenever the host app navigates or
 * re-renders, and reports only real changes. One observer, one pending timer
 * at most; everything is torn down when the extension is invalidated.
 */
export function watchScreen(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  onChange: (context: ScreenContext | null) => void,
  { observeRoot = (d) => d.body, minGapMs = 250 }: WatchOptions = {},
): () => void {
  let lastKey: string | null = null;
  let pending: number | undefined;
  let lastRead = -Infinity;
  let observed: Element | null = null;
  const observer = new MutationObserver(() => schedule());

  const read = () => {
    pending = undefined;
    lastRead = performance.now();
    if (ctx.isInvalid) return;
    attach();
    let next: ScreenContext | null = null;
    try {
      next = adapter.read(document, new URL(location.href));
    } catch (e) {
      // Fail soft: a host page we do not understand means no sidebar, not a broken page.
      console.debug('[rapport] adapter failed', adapter.id, e);
    }
    const key = screenKey(next);
    if (key !== lastKey) {
      lastKey = key;
      onChange(next);
    }
  };

  // Leading and trailing throttle: the first change after a quiet spell is read
  // almost at once (one frame, so a burst of DOM writes lands first); during a
  // re-render storm reads are spaced minGapMs apart, and the last one always
  // runs after the storm.
  const schedule = () => {
    if (pending !== undefined || ctx.isInvalid) return;
    pending = ctx.setTimeout(read, Math.max(16, lastRead + minGapMs - performance.now()));
  };

  // The host may replace the observed root on navigation; re-attach to the new one.
  const attach = () => {
    const root = observeRoot(document) ?? document.body;
    if (root === observed) return;
    observer.disconnect();
    observed = root;
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
  };

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  const stop = () => {
    observer.disconnect();
    if (pending !== undefined) clearTimeout(pending);
  };
  ctx.onInvalidated(stop);
  read();
  return stop;
}

/**
 * Calls `onSend` with the recipients when the user sends mail: a click on the
 * host's Send button or Ctrl/Cmd+Enter in a compose form. Capture-phase
 * listeners on the document cost one `closest()` per click and nothing per
 * mutation; the host app's own handlers still run. Only the user's own input
 * counts: a click or key press the page's script dispatched (isTrusted false)
 * is not a send, so a page cannot make Rapport log mail nobody sent.
 */
export function watchSends(ctx: ContentScriptContext, adapter: SiteAdapter, onSend: (people: Person[]) => void): void {
  const sentTo = adapter.sentTo;
  if (!sentTo) return;
  const check = (target: EventTarget | null, viaKeyboard: boolean) => {
    if (!(target instanceof Element) || ctx.isInvalid) return;
    try {
      const people = sentTo(target, viaKeyboard, document);
      if (people?.length) onSend(people);
    } catch (e) {
      console.debug('[rapport] send detection failed', adapter.id, e);
    }
  };
  ctx.addEventListener(document, 'click', (e) => e.isTrusted && check(e.target, false), { capture: true });
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.repeat) check(e.target, true);
    },
    { capture: true },
  );
}
