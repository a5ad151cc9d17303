// Which scanner hits may carry a badge, and what their row says (status, ref,
// case name, court). Columns are found by header text with the same wording
// table.ts uses for the adapters, cached per table.

import { clean, COLUMNS, type Field } from '../../lib/sites/efiling/table';
import type { ScanHit } from '../../lib/sites/efiling/scanner';
import type { CaseRef } from '../../lib/sites/types';

const TABLES = 'table,[role=grid],[role=table],[role=treegrid]';
const CELL = 'td,th,[role=cell],[role=gridcell],[role=rowheader],[role=columnheader]';
const HEAD = (c: Element) => c.localName === 'th' || c.getAttribute('role') === 'columnheader';

type Cols = Partial<Record<Field, number>>;

const cellsOf = (row: Element) => (row.localName === 'tr' ? [...row.children] : [...row.children].filter((c) => c.matches(CELL)));
/** Cell i of a row; a <tr>'s cells without building an array (this runs once per case number on the page). */
const cellAt = (row: Element, i: number | undefined) =>
  i === undefined ? undefined : row.localName === 'tr' ? ((row as HTMLTableRowElement).cells[i] ?? undefined) : cellsOf(row)[i];

export interface RowReader {
  /** May this hit carry a badge? With a case-number column, only hits in that column may. */
  eligible(h: ScanHit): boolean;
  /** What the hit's row says beside the case number. */
  rowRef(h: ScanHit): CaseRef;
  /** Forget cached headers and tables (a new page view). */
  reset(): void;
  /** A pass over a few changed rows: check each hit for an editable region (a badge must never land in one). */
  pass(): void;
}

export function createRowReader(doc: Document): RowReader {
  let cache = new WeakMap<Element, Cols | null>();
  /** Rows' parents (tbody, grid) → their table: one closest() per parent, not per row. */
  let tables = new WeakMap<Element, Element | null>();
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
      if (!cells.length || !cells.every(HEAD)) continue;
      cols = {};
      cells.forEach((c, i) => {
        const f = COLUMNS.find(([, re]) => re.test(clean(c.textContent)))?.[0];
        if (f && cols![f] === undefined) cols![f] = i;
      });
      break;
    }
    cache.set(table, cols);
    return cols;
  };

  const tableOf = (row: Element | null) => {
    const parent = row?.parentElement;
    if (!parent) return null;
    let t = tables.get(parent);
    // A <tr>'s table is its nearest; an ARIA row belongs to the nearest grid.
    if (t === undefined) tables.set(parent, (t = parent.closest(TABLES)));
    return t;
  };

  const cell = cellAt;

  return {
    reset() {
      cache = new WeakMap();
      tables = new WeakMap();
      editable = undefined;
    },

    // Few hits: a closest() each beats a walk of the whole document.
    pass: () => void (editable = true),

    eligible(h) {
      if (h.kind !== 'case') return false;
      editable ??= !!doc.querySelector('[contenteditable]');
      if (editable && h.element.closest('[contenteditable=""],[contenteditable=true]')) return false;
      const table = tableOf(h.row);
      const cols = table && columns(table);
      if (!cols || cols.caseNumber === undefined) return true;
      // A note or a related case elsewhere in the row is not the row's case.
      return !!cell(h.row!, cols.caseNumber)?.contains(h.element);
    },

    rowRef(h) {
      const ref: CaseRef = { caseNumber: h.raw };
      const table = tableOf(h.row);
      const cols = table && columns(table);
      if (!cols || !h.row) return ref;
      for (const f of ['status', 'ref', 'caseName', 'court', 'matterCode'] as const) {
        const t = clean(cell(h.row, cols[f])?.textContent);
        if (t && /[\p{L}\p{N}]/u.test(t)) ref[f] = f === 'ref' ? t.replace(/^#\s*/, '') : t;
      }
      return ref;
    },
  };
}
