// Which scanner hits may carry a badge, and what their row says (status, ref,
// case name, court, matter code). Grids of any shape (lib/sites/efiling/grid.ts):
// <table>, ARIA grids with or without [role=row], CSS grids of [role=cell]
// children. Columns are found by header text, cached per grid.

import { CELL, cellsOf, clean, columnsOf, HEAD, isHeadRow, readGrid, TABLES, type Cols, type Field, type Grid } from '../../lib/sites/efiling/grid';
import type { ScanHit } from '../../lib/sites/efiling/scanner';
import type { CaseRef } from '../../lib/sites/types';

const isRow = (e: Element) => e.localName === 'tr' || e.getAttribute('role') === 'row';

export interface RowReader {
  /** May this hit carry a badge? With a case-number column, only hits in that column may; matter codes only in theirs. */
  eligible(h: ScanHit): boolean;
  /** What the hit's row says beside the case number or matter code. */
  rowRef(h: ScanHit): CaseRef;
  /** The cells of the row (real or counted) an element sits in; null outside grids. */
  rowCells(el: Element): ArrayLike<Element> | null;
  /** The hit's row's Court column text, if any (one cell read, for the lookup key). */
  court(h: ScanHit): string | undefined;
  /** Case-number and matter-code cells under root (for the scanner's labelled pass). */
  fields(root: Element): { cell: Element; kind: 'case' | 'matter'; court?: string }[];
  /** Forget cached headers and grids (a new page view). */
  reset(): void;
  /** A pass over a few changed rows: check each hit for an editable region (a badge must never land in one). */
  pass(): void;
}

export function createRowReader(doc: Document): RowReader {
  /** Header columns of a table or row grid (rows are read live). */
  let cache = new WeakMap<Element, Cols | null>();
  /** Rows' parents (tbody, grid) → their table: one closest() per parent, not per row. */
  let tables = new WeakMap<Element, Element | null>();
  /** Row-less grids: the counted model, rebuilt after changes. */
  let counted = new WeakMap<Element, Grid | null>();
  // A full scan asks once whether the page has editable regions at all (nearly
  // none do) instead of once per hit.
  let editable: boolean | undefined;

  const columns = (table: Element): Cols | null => {
    let cols = cache.get(table);
    if (cols !== undefined) return cols;
    cols = null;
    const rows = table.localName === 'table' ? [...(table as HTMLTableElement).rows].slice(0, 5) : [...table.querySelectorAll('[role=row]')].slice(0, 5);
    for (const r of rows) {
      const cells = cellsOf(r);
      if (isHeadRow(cells)) {
        cols = columnsOf(Array.from(cells));
        break;
      }
    }
    cache.set(table, cols);
    return cols;
  };

  const rowless = (grid: Element): Grid | null => {
    let g = counted.get(grid);
    if (g === undefined) counted.set(grid, (g = readGrid(grid)));
    return g;
  };

  const tableOf = (row: Element) => {
    const up = row.parentElement;
    if (!up) return null;
    let t = tables.get(up);
    if (t === undefined) tables.set(up, (t = up.closest(TABLES)));
    return t;
  };

  /** The cell an element sits in, its row's cells, and the grid's columns. */
  function place(el: Element): { cell: Element; cells: ArrayLike<Element>; cols: Cols | null } | null {
    const cell = el.closest(CELL);
    const parent = cell?.parentElement;
    if (!cell || !parent) return null;
    if (isRow(parent)) {
      const table = tableOf(parent);
      return { cell, cells: cellsOf(parent), cols: table ? columns(table) : null };
    }
    const g = rowless(parent);
    const at = g?.at.get(cell);
    return g && at ? { cell, cells: g.rows[at[0]]!, cols: g.cols } : null;
  }

  const text = (cells: ArrayLike<Element>, i: number | undefined) => {
    const t = i === undefined ? '' : clean(cells[i]?.textContent);
    return t && /[\p{L}\p{N}]/u.test(t) ? t : undefined;
  };

  return {
    reset() {
      cache = new WeakMap();
      tables = new WeakMap();
      counted = new WeakMap();
      editable = undefined;
    },

    // Few hits: a closest() each beats a walk of the whole document. Counted grids may have grown.
    pass: () => {
      editable = true;
      counted = new WeakMap();
    },

    eligible(h) {
      editable ??= !!doc.querySelector('[contenteditable]');
      if (editable && h.element.closest('[contenteditable=""],[contenteditable=true]')) return false;
      const p = place(h.element);
      const col = h.kind === 'case' ? p?.cols?.caseNumber : p?.cols?.matterCode;
      // Matter codes only ever come from their own column.
      if (h.kind === 'matter') return !!p && col !== undefined && p.cells[col] === p.cell;
      if (!p || col === undefined) return true;
      // A note or a related case elsewhere in the row is not the row's case.
      return p.cells[col] === p.cell;
    },

    rowRef(h) {
      const ref: CaseRef = h.kind === 'matter' ? { matterCode: h.raw } : { caseNumber: h.raw };
      const p = place(h.element);
      if (!p?.cols) return ref;
      for (const f of ['status', 'ref', 'caseName', 'court', 'matterCode', 'caseNumber'] as Field[]) {
        if (ref[f]) continue;
        const t = text(p.cells, p.cols[f]);
        if (t) ref[f] = f === 'ref' ? t.replace(/^#\s*/, '') : t;
      }
      // The row's case number as printed is only the hit's own (or nothing): another column's text is not one.
      if (h.kind === 'matter') delete ref.caseNumber;
      return ref;
    },

    rowCells: (el) => place(el)?.cells ?? null,

    court(h) {
      const p = place(h.element);
      return p?.cols ? text(p.cells, p.cols.court) : undefined;
    },

    fields(root) {
      const out: ReturnType<RowReader['fields']> = [];
      const push = (cells: ArrayLike<Element>, cols: Cols | null) => {
        if (!cols || isHeadRow(cells)) return;
        // A filing service lists many courts: a number is read in its own row's (scanner.ts).
        if (cols.caseNumber !== undefined && cells[cols.caseNumber]) out.push({ cell: cells[cols.caseNumber]!, kind: 'case', court: text(cells, cols.court) });
        if (cols.matterCode !== undefined && cells[cols.matterCode]) out.push({ cell: cells[cols.matterCode]!, kind: 'matter' });
      };
      // A row (a rescan): its own cells.
      if (isRow(root)) {
        const t = tableOf(root);
        push(cellsOf(root), t ? columns(t) : null);
        return out;
      }
      const cell = root.closest(CELL);
      if (cell) {
        const p = place(cell);
        if (p) push(p.cells, p.cols);
        return out.filter((f) => f.cell === cell || cell.contains(f.cell) || f.cell.contains(cell));
      }
      for (const t of root.querySelectorAll(TABLES)) {
        const rows = t.localName === 'table' ? [...(t as HTMLTableElement).rows] : [...t.querySelectorAll('[role=row]')].filter((r) => r.closest(TABLES) === t);
        if (rows.length) {
          const cols = columns(t);
          if (cols) for (const r of rows) push(cellsOf(r), cols);
        } else {
          const g = rowless(t);
          if (g) for (const cells of g.rows) push(cells, g.cols);
        }
      }
      // CSS grids of role=cell children in a container with no role.
      for (const h of root.querySelectorAll('[role=columnheader]')) {
        const p = h.parentElement;
        if (!p || p.closest(TABLES) || isRow(p) || (h.previousElementSibling && HEAD(h.previousElementSibling))) continue;
        const g = rowless(p);
        if (g) for (const cells of g.rows) push(cells, g.cols);
      }
      return out;
    },
  };
}
