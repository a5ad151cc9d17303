// Grids of any shape, read the same way: which cells form a row, and which
// column holds what (by header text). Portal lists come as
//   <table>                          rows are <tr>, cells their children;
//   [role=grid|table|treegrid] with [role=row] children   (eFile, 2024–2026);
//   the same without any [role=row]: header and data cells are the grid's own
//   children, N column headers then rows of N cells (One Legal, 2026);
//   a CSS grid of [role=columnheader] + [role=cell] children in a container
//   with no role at all.
// Pure DOM, no layout: rows of a row-less grid are counted, never measured.

export type Field = 'ref' | 'caseNumber' | 'matterCode' | 'caseName' | 'court' | 'status';
export type Cols = Partial<Record<Field, number>>;

export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

// Header text → field; the first pattern that matches a header wins, the first
// header that matches a field wins. Wording from HOST-PAGES.md (2026-11):
// One Legal "Order #", "Case Number", "Case Party Names", "Matter Number/Billing
// Code", "Court", "Status"; eFile "Envelope #", "Filing Status"; F&SX "Client
// Matter"; NYSCEF "Index #" / "Index Number".
export const COLUMNS: [Field, RegExp][] = [
  ['ref', /^(order|envelope|transaction|filing|submission)\s*(#|no\b|num|id\b)|^(order|envelope)$/i],
  ['caseNumber', /case\s*(#|no\b|num)|docket\s*(#|no\b|num)|index\s*(#|no\b|num)/i],
  ['matterCode', /matter|billing|client\s*(code|ref)/i],
  ['caseName', /case\s*(name|title|part)|part(y|ies)|style/i],
  ['court', /court/i],
  ['status', /status$/i],
];

export const TABLES = 'table,[role=grid],[role=table],[role=treegrid]';
export const CELL = 'td,th,[role=cell],[role=gridcell],[role=rowheader],[role=columnheader]';
export const HEAD = (c: Element) => c.localName === 'th' || c.getAttribute('role') === 'columnheader';

export interface Grid {
  el: Element;
  /** Every row's cells, header rows included, in order. */
  rows: Element[][];
  /** The row elements (null for a row-less grid's counted rows). */
  rowEls: (Element | null)[];
  /** Index of the header row. */
  head: number;
  cols: Cols;
  /** Cell → [row, column]. */
  at: Map<Element, [number, number]>;
}

/** A row's cells: a <tr>'s own live list (no copy: this runs for every number on a page), an ARIA row's cell children. */
export const cellsOf = (row: Element): ArrayLike<Element> =>
  row.localName === 'tr' ? (row as HTMLTableRowElement).cells : [...row.children].filter((c) => c.matches(CELL));
export const isHeadRow = (cells: ArrayLike<Element>) => cells.length > 0 && Array.prototype.every.call(cells, HEAD);

export function columnsOf(header: Element[]): Cols {
  const cols: Cols = {};
  header.forEach((c, i) => {
    const f = COLUMNS.find(([, re]) => re.test(clean(c.textContent)))?.[0];
    if (f && cols[f] === undefined) cols[f] = i;
  });
  return cols;
}

/** The grid model of one table-like element, or null when it has no header naming a case-number or matter column. */
export function readGrid(el: Element): Grid | null {
  let rowEls: (Element | null)[];
  let rows: Element[][];
  if (el.localName === 'table') {
    rowEls = [...(el as HTMLTableElement).rows];
    rows = rowEls.map((r) => Array.from(cellsOf(r!)));
  } else {
    const own = [...el.querySelectorAll('[role=row]')].filter((r) => r.closest(TABLES) === el || r.parentElement === el);
    if (own.length) {
      rowEls = own;
      rows = own.map((r) => Array.from(cellsOf(r)));
    } else {
      // Row-less: N column headers, then cells in reading order, N to a row.
      const cells = [...el.children].filter((c) => c.matches(CELL));
      const n = cells.findIndex((c) => !HEAD(c));
      if (n <= 0) return null;
      rows = [];
      for (let i = 0; i < cells.length; i += n) rows.push(cells.slice(i, i + n));
      rowEls = rows.map(() => null);
    }
  }
  const head = rows.findIndex(isHeadRow);
  if (head < 0) return null;
  const cols = columnsOf(rows[head]!);
  if (cols.caseNumber === undefined && cols.matterCode === undefined) return null;
  const at = new Map<Element, [number, number]>();
  rows.forEach((cells, r) => cells.forEach((c, i) => at.set(c, [r, i])));
  return { el, rows, rowEls, head, cols, at };
}

/** Every grid under `root` (tables, ARIA grids, and containers of column headers with no role). */
export function gridElements(root: ParentNode): Element[] {
  const out = new Set<Element>(root.querySelectorAll(TABLES));
  for (const h of root.querySelectorAll('[role=columnheader]')) {
    const p = h.parentElement;
    if (p && !p.closest(TABLES) && p.getAttribute('role') !== 'row') out.add(p);
  }
  return [...out];
}
