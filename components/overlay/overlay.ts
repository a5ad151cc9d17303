// Badges beside recognised case numbers on a portal page. The core is free of
// extension APIs, observers and timers (the content script wires those), so
// vitest and the benchmark drive it directly:
//   scanAll()        full scan of the page (first load, navigation)
//   changed(nodes)   incremental: only the rows those nodes sit in
//   refresh()        ask again about every key on the page (after a change
//                    elsewhere: a flag acknowledged, a client added)
// Every key on the page goes to the background in ONE resolveCases message
// (and later only the new ones). A key held by one client gets that client's
// badge; by two or more, a "2 clients" badge that opens the switcher; by
// nobody, nothing. Layout is read in one place only: fit(), a batch of reads
// then a batch of writes inside our own roots, run in the next animation
// frame by the content script.

import { caseRef, MATTER_REF } from '../../lib/identity/case-ref';
import { filingState } from '../../lib/model/filing';
import type { CaseMatch } from '../../lib/messaging/protocol';
import type { PageReader, RemoteReader } from '../../lib/sites/efiling/reading';
import { createScanner, ROW, type ScanHit } from '../../lib/sites/efiling/scanner';
import type { CaseRef } from '../../lib/sites/types';
import type { Badge, createBadge } from './badge';
import { createRowReader } from './rows';

export type FilingToLog = { clientId: string; filing: CaseRef & { status: string } };

export interface OverlayOptions {
  doc: Document;
  /**
   * What a case number is, and the page's court. In the content script the
   * background answers (reading.ts createRemoteReader): numbers not known yet
   * are fetched, then their elements read again, before anyone is asked who
   * holds them.
   */
  reader: PageReader & Partial<Pick<RemoteReader, 'pending' | 'fetch'>>;
  /**
   * Keys are "case:<reference>" (a case number as printed with its court,
   * identity/case-number.ts) or "case:matter:<code>" (a matter-code cell);
   * absent from the reply = nobody holds it.
   */
  resolve(keys: string[]): Promise<Record<string, CaseMatch[]>>;
  /**
   * badge.ts createBadge, asked for once a number on the page is a client's:
   * the content script has it injected then (most pages show no badge at all).
   */
  badges(): Promise<typeof createBadge>;
  /** Rejected rows of exactly one client are logged (and flagged) without a click. */
  logRejections?(items: FilingToLog[]): Promise<unknown>;
  /**
   * A badge was clicked: show this row's case, with that client chosen when
   * there is only one. `panelHint` says under that badge how to open the
   * browser's side panel (when the click could not).
   */
  open(ref: CaseRef, clientId: string | undefined, panelHint: () => void): void;
  now?: () => number;
  /** False while badges make no sense (a docket: the sidebar shows its one case). */
  enabled?: () => boolean;
  /**
   * Runs badge sizing (layout reads) later — the content script passes
   * requestAnimationFrame, so the read lands on the layout the browser does
   * for the next paint anyway. Default: at once.
   */
  frame?: (fn: () => void) => void;
}

export interface Overlay {
  scanAll(): void;
  changed(nodes: Iterable<Node>): void;
  refresh(): void;
  /** Size every badge to its cell again (the window was resized). */
  refit(): void;
  /** Resolves when no lookup is in flight (tests, benchmark). */
  idle(): Promise<void>;
  badgeCount(): number;
  destroy(): void;
}

interface Placed {
  badge: Badge;
  hit: ScanHit;
  /** Times the host app removed it while its hit stayed: give up after a few. */
  evicted: number;
}

const MAX_KEYS = 5000;
const BLOCKISH = new Set('td th div li p dd dt section article header footer h1 h2 h3 h4 h5 h6 blockquote form'.split(' '));
const INTERACTIVE = 'a,button,label,summary';
const CELL = 'td,th,[role=cell],[role=gridcell],[role=rowheader]';

const blockish = (e: Element) => BLOCKISH.has(e.localName) || /^(cell|gridcell|rowheader)$/.test(e.getAttribute('role') ?? '');

/**
 * Puts a badge after the number's line of text: at the end of the block the
 * number sits in (so it follows any text after the number), outside any link
 * or button — but never after a block child, where it would start a new line.
 */
function insert(host: Element, el: Element) {
  let at = el.closest(INTERACTIVE) ?? el;
  if (blockish(at)) {
    const firstBlock = [...at.children].find(blockish);
    if (firstBlock) at.insertBefore(host, firstBlock);
    else at.append(host);
    return;
  }
  while (at.parentElement && !blockish(at.parentElement)) at = at.parentElement;
  for (let n = at.nextElementSibling; n; n = n.nextElementSibling) if (blockish(n)) return at.after(host);
  if (at.parentElement) at.parentElement.append(host);
  else at.after(host);
}

/**
 * Sizes floating badges to the room right of them in their cell. All reads
 * first, then all writes (inside our shadow roots): one layout per batch,
 * never a read after a write in a loop.
 */
function fit(badges: Badge[]) {
  const floating = badges.filter((b) => b.floats && b.host.isConnected);
  const room = floating.map((b) => {
    const cell = b.host.closest(CELL);
    const c = cell?.getBoundingClientRect();
    // Not laid out (hidden, or no layout engine): keep the default width.
    if (!c || c.width === 0) return null;
    return c.right - b.host.getBoundingClientRect().left - 9;
  });
  floating.forEach((b, i) => b.fit(room[i]!));
}

export function createOverlay(o: OverlayOptions): Overlay {
  const now = o.now ?? Date.now;
  const rows = createRowReader(o.doc);
  // The page's court travels with every number seen here (court-aware matching).
  const { reader } = o;
  const scanner = createScanner({ reader, court: reader.page.court, bare: reader.page.bare, fields: rows.fields });
  /** Eligible case hits by element, then key. */
  const hits = new Map<Element, Map<string, ScanHit>>();
  /** Badges by unit (row, or element outside rows), then key. */
  const placed = new Map<Element, Map<string, Placed>>();
  const hosts = new WeakSet<Node>();
  /** Every key asked about: its holders ([] = nobody). */
  const known = new Map<string, CaseMatch[]>();
  const ask = new Set<string>();
  const logged = new Set<string>();
  let inFlight: Promise<void> | null = null;
  let make: typeof createBadge | undefined;
  let dead = false;
  /** Badges placed or whose row changed since the last fit. */
  const fresh: Badge[] = [];
  let fitQueued = false;
  const fitFresh = () => {
    if (!fresh.length || fitQueued) return;
    fitQueued = true;
    (o.frame ?? ((fn) => fn()))(() => {
      fitQueued = false;
      if (!dead) fit(fresh.splice(0));
    });
  };

  const on = () => !o.enabled || o.enabled();
  const unitOf = (h: ScanHit) => h.row ?? h.element;
  /** A hit's identity on the page (a matter code and a case number may read alike). */
  const idOf = (h: ScanHit) => `${h.kind}:${h.key}`;
  // What the background is asked: a matter code, or the number with its row's
  // court when the row names one (One Legal's "Court" column), else the page's.
  const keys = new WeakMap<ScanHit, string>();
  const keyOf = (h: ScanHit) => {
    let k = keys.get(h);
    if (k === undefined) {
      const rowCourt = h.kind === 'case' ? rows.court(h) : undefined;
      k = h.kind === 'matter' ? `case:${MATTER_REF}${h.key}` : `case:${rowCourt ? caseRef(h.raw, rowCourt) : h.key}`;
      keys.set(h, k);
    }
    return k;
  };

  function remember(h: ScanHit) {
    let m = hits.get(h.element);
    if (!m) hits.set(h.element, (m = new Map()));
    m.set(idOf(h), h);
  }

  function forget(h: ScanHit) {
    const m = hits.get(h.element);
    if (m?.get(idOf(h))) {
      m.delete(idOf(h));
      if (!m.size) hits.delete(h.element);
    }
    const u = placed.get(unitOf(h));
    const p = u?.get(idOf(h));
    if (p && p.hit.element === h.element) {
      p.badge.host.remove();
      u!.delete(idOf(h));
      if (!u!.size) placed.delete(unitOf(h));
    }
  }

  function consider(h: ScanHit) {
    if (!rows.eligible(h)) return;
    remember(h);
    const k = keyOf(h);
    if (known.has(k)) show(h);
    else ask.add(k);
  }

  /** Places, updates or removes the badge for a hit from what is known about its key. */
  function show(h: ScanHit) {
    const matches = known.get(keyOf(h)) ?? [];
    const unit = unitOf(h);
    let u = placed.get(unit);
    let p = u?.get(idOf(h));
    if (!matches.length || !on()) {
      if (p && p.hit.element === h.element) {
        p.badge.host.remove();
        u!.delete(idOf(h));
        if (!u!.size) placed.delete(unit);
      }
      return;
    }
    const ref = rows.rowRef(h);
    const rejected = filingState(ref.status) === 'rejected';
    if (!p) {
      if (!make) return;
      const cell = h.element.closest(CELL);
      const badge = make(o.doc, !!cell && !!h.row && h.row.contains(cell), () => {
        const cur = known.get(keyOf(h)) ?? [];
        o.open(rows.rowRef(h), cur.length === 1 ? cur[0]!.id : undefined, () => badge?.panelHint());
      });
      if (!badge) return;
      hosts.add(badge.host);
      insert(badge.host, h.element);
      p = { badge, hit: h, evicted: 0 };
      if (!u) placed.set(unit, (u = new Map()));
      u.set(idOf(h), p);
      fresh.push(badge);
    }
    p.badge.update({ matches, rejected, now: now() });
    if (rejected && matches.length === 1) queueRejection(matches[0]!.id, ref as CaseRef & { status: string }, h.key);
  }

  const pendingLogs: { id: string; item: FilingToLog }[] = [];
  function queueRejection(clientId: string, filing: CaseRef & { status: string }, key: string) {
    const id = `${clientId}|${filing.ref ?? key}|${filing.status}`;
    if (!o.logRejections || logged.has(id)) return;
    logged.add(id);
    pendingLogs.push({ id, item: { clientId, filing } });
  }

  function flushLogs() {
    if (!pendingLogs.length || !o.logRejections) return;
    const batch = pendingLogs.splice(0);
    o.logRejections(batch.map((b) => b.item)).catch(() => {
      // Not logged (worker restarting, extension updated): try again on the next pass.
      for (const b of batch) logged.delete(b.id);
    });
  }

  /** Elements read before the reader knew: read again (an answer came, or a later pass asks again). */
  function reread() {
    const { added, removed } = scanner.rescan(scanner.pending());
    for (const h of removed) forget(h);
    for (const h of added) consider(h);
  }

  /** One message for every key not asked about yet; later keys wait for the next round. */
  function lookup() {
    flushLogs();
    if (inFlight || dead) return;
    // First what is a case number at all (the background's tables), then who holds those.
    if (reader.pending?.()) {
      inFlight = reader
        .fetch!()
        .then(
          () => !dead && reread(),
          () => {},
        )
        .then(() => {
          inFlight = null;
          if (!dead) lookup();
        });
      return;
    }
    if (!ask.size) return fitFresh();
    const keys = [...ask].slice(0, MAX_KEYS);
    for (const k of keys) ask.delete(k);
    inFlight = o
      .resolve(keys)
      .then(
        async (reply) => {
          for (const k of keys) known.set(k, Object.hasOwn(reply, k) ? reply[k]! : []);
          if (make || !keys.some((k) => known.get(k)!.length)) return;
          try {
            make = await o.badges();
          } catch {
            // No badge code (worker restarting, extension updated): a later pass asks again.
            for (const k of keys) known.delete(k);
          }
        },
        () => {
          // Unreachable: no badges rather than wrong ones; a later pass asks again.
        },
      )
      .then(() => {
        inFlight = null;
        if (dead) return;
        const asked = new Set(keys);
        for (const m of hits.values()) for (const h of m.values()) if (asked.has(keyOf(h))) show(h);
        fitFresh();
        lookup();
      });
  }

  return {
    scanAll() {
      for (const u of placed.values()) for (const p of u.values()) p.badge.host.remove();
      placed.clear();
      hits.clear();
      rows.reset();
      const body = o.doc.body;
      if (!body || dead || !on()) return;
      for (const h of scanner.scan(body)) consider(h);
      // A new page view: what was known is shown at once and asked again.
      for (const m of hits.values()) for (const h of m.values()) ask.add(keyOf(h));
      lookup();
    },

    changed(nodes) {
      if (dead) return;
      const touched = new Set<Element>();
      const touchedCells = new Set<Element>();
      const real: Node[] = [];
      const evicted: Node[] = [];
      for (const n of nodes) {
        if (hosts.has(n)) {
          if (!n.isConnected) evicted.push(n);
          continue;
        }
        real.push(n);
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        const row = el?.isConnected ? el.closest(ROW) : null;
        if (row) touched.add(row);
        // A row-less grid: the cells of the counted row (its status may have changed).
        else if (el?.isConnected) for (const c of Array.from(rows.rowCells(el) ?? [])) touchedCells.add(c);
      }
      // The host app removed one of our badges (a re-render) though its number
      // is still there: put it back, unless it keeps doing so.
      for (const n of evicted)
        for (const [unit, u] of placed)
          for (const [k, p] of [...u])
            if (p.badge.host === n && p.hit.element.isConnected && p.evicted < 3) {
              u.delete(k);
              if (!u.size) placed.delete(unit);
              show(p.hit);
              const again = placed.get(unit)?.get(k);
              if (again) again.evicted = p.evicted + 1;
            }
      if (!real.length || !on()) {
        fitFresh();
        return lookup();
      }
      rows.pass();
      const { added, removed } = scanner.rescan(real);
      for (const h of removed) forget(h);
      for (const h of added) consider(h);
      // Same case number, new status (In Progress → Rejected): update the row's badge.
      for (const row of touched)
        for (const p of [...(placed.get(row)?.values() ?? [])]) {
          show(p.hit);
          fresh.push(p.badge);
        }
      if (touchedCells.size)
        for (const [unit, u] of [...placed])
          if ([...touchedCells].some((c) => c.contains(unit)))
            for (const p of [...u.values()]) {
              show(p.hit);
              fresh.push(p.badge);
            }
      fitFresh();
      lookup();
    },

    refresh() {
      // What is known stays on screen until the new answer replaces it.
      reread();
      for (const m of hits.values()) for (const h of m.values()) ask.add(keyOf(h));
      lookup();
    },

    refit() {
      fresh.push(...[...placed.values()].flatMap((u) => [...u.values()].map((p) => p.badge)));
      fitFresh();
    },

    async idle() {
      while (inFlight) await inFlight;
    },

    badgeCount: () => [...placed.values()].reduce((n, u) => n + u.size, 0),

    destroy() {
      dead = true;
      for (const u of placed.values()) for (const p of u.values()) p.badge.host.remove();
      placed.clear();
      hits.clear();
    },
  };
}

