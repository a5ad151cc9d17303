// Generic scanner: case numbers and known matter codes in a portal page's
// visible text, grouped by row, re-scannable one changed subtree at a time.
// Pure DOM: no MutationObserver, no timers, no layout (never getComputedStyle)
// — the content script owns observation and hands changed nodes to rescan().

import { normaliseMatterCode } from '../../identity/normalise';
import { CELL } from './grid';
import type { CaseReader } from './reading';

export interface ScanHit {
  /** Case: its reference (number as printed and the page's court, caseRef); matter: the normalised code. */
  key: string;
  raw: string;
  kind: 'case' | 'matter';
  /** The smallest element whose text holds the hit (the text node's parent). */
  element: Element;
  /** Closest tr / [role=row] / li, or null. */
  row: Element | null;
}

/** Known matter codes in free text (matter-codes.ts): the overlay reads matter codes from their column only. */
export interface MatterFinder {
  /** Length of the shortest code: shorter texts are not searched. */
  min: number;
  find(text: string): { key: string; raw: string }[];
}

export interface ScanOptions {
  /**
   * What is a case number: the tables (identity/case-reader.ts) or, in a
   * content script, the background (reading.ts). An element whose answer is
   * not known yet is kept for pending().
   */
  reader: CaseReader;
  /** Known matter codes in free text. */
  matterCodes?: MatterFinder;
  /** The page's court (id or name), when known: it travels with every case hit. */
  court?: string;
  /** The page's court is a bankruptcy or appeals court: bare `21-40123` numbers count. */
  bare?: boolean;
  /**
   * Cells under `root` that say what they hold (a "Case Number" or "Matter
   * Number/Billing Code" column): read whole, by label — a case-number cell
   * also for numbers free text never yields (NY index numbers, bare
   * bankruptcy numbers), a matter cell as one matter code. A case cell's
   * `court` is its row's Court column, read where the page has no court of
   * its own (a filing service that files in many).
   */
  fields?: (root: Element) => Iterable<{ cell: Element; kind: 'case' | 'matter'; court?: string }>;
}

export interface Scanner {
  /** Full scan; forgets earlier state. */
  scan(root: Element): ScanHit[];
  /**
   * Re-scan only what changed; a node inside a row re-scans that row. Pass
   * characterData / attribute targets, and for childList mutations the added
   * and removed nodes (passing the parent re-scans the whole parent). Nodes
   * outside the scanned root are ignored. Returns hits that appeared and hits
   * that went away.
   */
  rescan(changed: Iterable<Node>): { added: ScanHit[]; removed: ScanHit[] };
  /** Every current hit, grouped by row (not in document order after rescans). */
  hits(): ScanHit[];
  /** Elements read while the reader did not know yet (rescan them once it does); forgotten once returned. */
  pending(): Element[];
}

export const ROW = 'tr,[role=row],li';
const SKIP = new Set('script style noscript textarea input select option datalist template svg canvas iframe object'.split(' '));
// Superset of skip() as one selector; skip() confirms each match.
const SKIP_SEL = 'script,style,noscript,textarea,select,datalist,template,svg,canvas,iframe,object,[hidden],[style]';
const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// Cheap visibility: tag, `hidden` attribute, inline style. CSS-hidden rows stay in.
export const skip = (el: Element): boolean =>
  SKIP.has(el.localName) || el.hasAttribute('hidden') || (el.hasAttribute('style') && HIDDEN.test(el.getAttribute('style')!));

/** True when el or an ancestor is skipped (cheap checks only). */
export const hiddenUp = (el: Element | null): boolean => {
  for (; el; el = el.parentElement) if (skip(el)) return true;
  return false;
};

interface Ctx {
  reader: CaseReader;
  /** Elements whose text the reader could not answer yet. */
  pending: Set<Element>;
  court?: string;
  bare?: boolean;
  fields?: ScanOptions['fields'];
  codes?: MatterFinder;
}

const ctxOf = (o: ScanOptions): Ctx => ({ reader: o.reader, pending: new Set(), codes: o.matterCodes, court: o.court, bare: o.bare, fields: o.fields });

function scanWith(root: Element, ctx: Ctx): ScanHit[] {
  if (hiddenUp(root)) return [];
  const out: ScanHit[] = [];
  const seen = new Map<Element, Set<string>>();
  // Skipped subtrees, found by one native selector pass. A TreeWalker with a JS
  // filter, or a skip() call per element, cost 10–100 ms on 2,000 rows in
  // Chromium; this plus SHOW_TEXT without a filter is a few ms.
  const bad = new Set([...root.querySelectorAll(SKIP_SEL)].filter(skip));
  const off = (el: Element | null) => {
    if (bad.size) for (; el && el !== root; el = el.parentElement) if (bad.has(el)) return true;
    return false;
  };
  let lastEl: Element | null = null;
  let lastRow: Element | null = null;
  const add = (kind: ScanHit['kind'], key: string, raw: string, el: Element) => {
    let s = seen.get(el);
    if (!s) seen.set(el, (s = new Set()));
    if (s.has(kind + key)) return;
    s.add(kind + key);
    if (el !== lastEl) {
      lastEl = el;
      lastRow = el.closest(ROW);
    }
    out.push({ key, raw, kind, element: el, row: lastRow });
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    const cases = text.length > 7 && /\d/.test(text);
    const codes = ctx.codes && text.length >= ctx.codes.min;
    const el = n.parentElement;
    if ((!cases && !codes) || !el || off(el)) continue;
    if (cases) {
      const found = ctx.reader.find(text, ctx.court, ctx.bare);
      if (!found) ctx.pending.add(el);
      for (const h of found ?? []) add('case', h.key, h.raw, el);
    }
    if (codes) for (const h of ctx.codes!.find(text)) add('matter', h.key, h.raw, el);
  }
  // Labelled cells: a case cell the free search left empty, a matter cell's code.
  if (ctx.fields) {
    const filled = new Set(out.map((h) => h.element.closest(CELL)));
    for (const { cell, kind, court } of ctx.fields(root)) {
      if ((kind === 'case' && filled.has(cell)) || off(cell) || bad.has(cell)) continue;
      const text = cell.textContent ?? '';
      if (kind === 'case') {
        const h = /\d/.test(text) ? ctx.reader.field(text, ctx.court ?? court) : null;
        if (h === undefined) ctx.pending.add(cell);
        const el = h && firstTextParent(cell);
        if (h && el) add('case', h.key, h.raw, el);
      } else {
        const code = normaliseMatterCode(text);
        const el = code && code.length <= 80 && /[\p{L}\p{N}]/u.test(code) && !/^(N\/?A|NONE|—|-)$/.test(code) ? firstTextParent(cell) : null;
        if (el) add('matter', code!, text.trim(), el);
      }
    }
  }
  return out;
}

/** The element holding a cell's first visible text (where a badge goes). */
function firstTextParent(cell: Element): Element | null {
  const w = cell.ownerDocument.createTreeWalker(cell, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data.trim()) return n.parentElement;
  return null;
}

/** One-off scan of a subtree. */
export const scanElement = (root: Element, opts: ScanOptions): ScanHit[] => scanWith(root, ctxOf(opts));

const ids = (hits: ScanHit[]) => {
  const m = new Map<Element, Set<string>>();
  for (const h of hits) {
    let s = m.get(h.element);
    if (!s) m.set(h.element, (s = new Set()));
    s.add(h.kind + h.key);
  }
  return m;
};
const minus = (a: ScanHit[], b: ScanHit[]) => {
  const ib = ids(b);
  return a.filter((h) => !ib.get(h.element)?.has(h.kind + h.key));
};

export function createScanner(opts: ScanOptions): Scanner {
  const ctx = ctxOf(opts);
  // Hits by unit: their row, or their element when outside any row. A Map (not
  // WeakMap) because hits() iterates it; units that leave the DOM are dropped
  // on the next rescan that reports a removal.
  const units = new Map<Element, ScanHit[]>();
  const put = (hits: ScanHit[]) => {
    for (const h of hits) {
      const u = h.row ?? h.element;
      const a = units.get(u);
      if (a) a.push(h);
      else units.set(u, [h]);
    }
  };
  const hits = () => [...units.values()].flat();
  let top: Element | null = null;
  return {
    hits,
    pending() {
      const els = [...ctx.pending];
      ctx.pending.clear();
      return els;
    },
    scan(root) {
      top = root;
      units.clear();
      ctx.pending.clear();
      put(scanWith(root, ctx));
      return hits();
    },
    rescan(changed) {
      const old: ScanHit[] = [];
      const fresh: ScanHit[] = [];
      const take = (u: Element) => {
        const a = units.get(u);
        if (!a) return;
        old.push(...a);
        units.delete(u);
      };
      const scopes = new Set<Element>();
      let sweep = false;
      for (const n of changed) {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!el?.isConnected) sweep = true;
        else if (top?.contains(el)) scopes.add(el.closest(ROW) ?? el);
      }
      if (sweep) for (const u of [...units.keys()]) if (!u.isConnected) take(u);
      for (const s of scopes)
        for (let p = s.parentElement; p; p = p.parentElement)
          if (scopes.has(p)) {
            scopes.delete(s);
            break;
          }
      for (const s of scopes) {
        // A row without nested rows can only be its own unit: no walk over all units.
        if (s.matches(ROW) && !s.querySelector(ROW)) take(s);
        else for (const u of [...units.keys()]) if (s.contains(u) || !u.isConnected) take(u);
        fresh.push(...scanWith(s, ctx));
      }
      put(fresh);
      return { added: minus(fresh, old), removed: minus(old, fresh) };
    },
  };
}

/** Hits grouped by row (null = outside any row), in document order of first hit. */
export function byRow(hits: ScanHit[]): Map<Element | null, ScanHit[]> {
  const m = new Map<Element | null, ScanHit[]>();
  for (const h of hits) {
    const a = m.get(h.row);
    if (a) a.push(h);
    else m.set(h.row, [h]);
  }
  return m;
}
