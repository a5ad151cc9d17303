import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { screenKey } from './context-key';
import type { Person, ScreenContext, SiteAdapter } from './types';

export interface WatchOptions {
  /** The narrowest element whose subtree changes when the screen's conversation changes. */
  observeRoot?: (doc: Document) => Element | null;
  /** While the host keeps re-rendering, reads average at most one per this many ms. */
  minGapMs?: number;
  /**
   * Reads allowed back to back (one frame apart) before the spacing applies:
   * at most `burst` reads in any `burst × minGapMs`. A straggling re-render
   * after a navigation then does not hold up the next navigation's read.
   */
  burst?: number;
  /**
   * The root's children are views of which the host shows one at a time (Gmail
   * keeps threads it has shown as hidden views). Only which views exist and
   * which shows is observed — nothing that happens inside them, where host apps
   * re-render constantly; what changes inside the open view is caught by
   * `signature`.
   */
  views?: boolean;
  /**
   * A cheap fingerprint of what the adapter reads (the addresses and message
   * ids on screen), compared every `pollMs` while the tab is visible: when it
   * differs from the last reading's, the page is read again.
   */
  signature?: (doc: Document) => string;
  pollMs?: number;
}

const HIDES = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const hides = (attr: string | null, value: string | null) => (attr === 'hidden' ? value !== null : HIDES.test(value ?? ''));

/**
 * Which mutation records can change the screen, judged before anything is read
 * from the page: host apps re-render all the time (hover styles, cached views
 * kept hidden), and each read of the page costs far more than a look at a
 * record. Relevant: an element shown or hidden (a view switched), and nodes
 * arriving or leaving outside a hidden view.
 */
export function relevantRecords(root: Element) {
  /** Inside a view the host keeps hidden: nothing there is on screen. */
  const inHiddenView = (el: Element | null) => {
    for (; el && el !== root; el = el.parentElement) if (el.hasAttribute('hidden') || hides('style', el.getAttribute('style'))) return true;
    return false;
  };
  return (r: MutationRecord): boolean => {
    if (r.type === 'attributes') return hides(r.attributeName, r.oldValue) !== hides(r.attributeName, (r.target as Element).getAttribute(r.attributeName!));
    return (r.addedNodes.length > 0 || r.removedNodes.length > 0) && !inHiddenView(r.target as Element);
  };
}

/** How long after a change the page is read: one frame, so a burst of DOM writes lands first. */
export const FRAME_MS = 16;

/**
 * When the next read may run: at once (after one frame) while fewer than
 * `burst` reads happened in the last `burst × minGapMs`, else when the oldest
 * of those leaves that window. A storm is read about once per `minGapMs`, as
 * an evenly spaced throttle would, but a few reads close together (a
 * navigation, then the host's own re-render of it) cost the next one nothing.
 */
export function readSpacing(minGapMs: number, burst: number) {
  const window = burst * minGapMs;
  const times: number[] = [];
  return {
    /** The delay before a read asked for at `now`. */
    delay(now: number): number {
      return times.length < burst ? FRAME_MS : Math.max(FRAME_MS, times[0]! + window - now);
    },
    /** A read ran at `now`. */
    read(now: number): void {
      times.push(now);
      if (times.length > burst) times.shift();
    },
  };
}

/** The clock and timers a read scheduler runs on (the page's, or a test's). */
export interface Timers {
  now(): number;
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

/**
 * At most one pending read. A change the page made waits for its turn
 * (readSpacing). A navigation (the address changed: the user's doing, never a
 * re-render storm) is read one frame later whatever the spacing, and pulls a
 * read already waiting forward, so quick moves from thread to thread (Gmail's
 * j and k) are each read at once.
 */
export function readScheduler(spacing: ReturnType<typeof readSpacing>, timers: Timers, run: () => void) {
  let pending: number | undefined;
  let dueAt = 0;
  const fire = () => {
    pending = undefined;
    spacing.read(timers.now());
    run();
  };
  const after = (ms: number) => {
    pending = timers.set(fire, ms);
    dueAt = timers.now() + ms;
  };
  return {
    /** The page changed. */
    changed(): void {
      if (pending === undefined) after(spacing.delay(timers.now()));
    },
    /** The page's address changed. */
    navigated(): void {
      if (pending !== undefined) {
        if (dueAt - timers.now() <= FRAME_MS) return;
        timers.clear(pending);
      }
      after(FRAME_MS);
    },
    /** Reads at once (the first reading). */
    now: fire,
    waiting: () => pending !== undefined,
    stop(): void {
      if (pending !== undefined) timers.clear(pending);
      pending = undefined;
    },
  };
}

/**
 * Reads the screen through a pure adapter whenever the host app navigates or
 * re-renders, and reports only real changes. One observer, one pending read
 * at most; everything is torn down when the extension is invalidated.
 */
export function watchScreen(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  onChange: (context: ScreenContext | null) => void,
  { observeRoot = (d) => d.body, minGapMs = 250, burst = 3, views = false, signature, pollMs = 1000 }: WatchOptions = {},
): () => void {
  let lastKey: string | null = null;
  let lastSignature: string | undefined;
  let observed: Element | null = null;
  let worth: (r: MutationRecord) => boolean = () => true;
  const VIEW: MutationObserverInit = { attributes: true, attributeOldValue: true, attributeFilter: ['style', 'hidden'] };
  const observer = new MutationObserver((records) => {
    // A view added later is watched for showing and hiding too.
    if (views) for (const r of records) for (const n of r.addedNodes) if (n.parentNode === observed && n.nodeType === 1) observer.observe(n, VIEW);
    if (!reads.waiting() && records.some(worth)) schedule();
  });

  const read = () => {
    if (ctx.isInvalid) return;
    attach();
    lastSignature = signature?.(document);
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

  // Leading and trailing throttle: a change is read one frame later while the
  // recent reads are few (readSpacing); during a re-render storm reads are
  // spaced out, and the last one always runs after the storm.
  const timers: Timers = { now: () => performance.now(), set: (fn, ms) => ctx.setTimeout(fn, ms), clear: (id) => clearTimeout(id) };
  const reads = readScheduler(readSpacing(minGapMs, burst), timers, read);
  const schedule = () => {
    if (!ctx.isInvalid) reads.changed();
  };
  // A navigation's events (hashchange, popstate, WXT's locationchange) come in
  // twos and threes, and the page's script can fire them itself: only the first
  // for a new address is a navigation; the others wait their turn like any change.
  let lastHref = location.href;
  const navigated = () => {
    if (ctx.isInvalid) return;
    if (location.href === lastHref) return schedule();
    lastHref = location.href;
    reads.navigated();
  };

  // The host may replace the observed root on navigation; re-attach to the new one.
  const attach = () => {
    const root = observeRoot(document) ?? document.body;
    if (root === observed) return;
    observer.disconnect();
    observed = root;
    worth = relevantRecords(root);
    if (views) {
      observer.observe(root, { childList: true });
      for (const v of root.children) observer.observe(v, VIEW);
    } else observer.observe(root, { childList: true, subtree: true, ...VIEW });
  };

  if (signature)
    ctx.setInterval(() => {
      if (!reads.waiting() && document.visibilityState === 'visible' && signature(document) !== lastSignature) schedule();
    }, pollMs);

  ctx.addEventListener(window, 'wxt:locationchange', navigated);
  ctx.addEventListener(window, 'hashchange', navigated);
  ctx.addEventListener(window, 'popstate', navigated);
  const stop = () => {
    observer.disconnect();
    reads.stop();
  };
  ctx.onInvalidated(stop);
  reads.now();
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
