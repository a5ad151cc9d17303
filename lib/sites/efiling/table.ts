// Shared reader for portal list pages (orders, matters, envelopes, filings):
// columns are found by header text, case numbers by the generic scanner.

import type { CaseRef, ScreenContext } from '../types';
import { byRow, hiddenUp, scanElement, skip } from './scanner';

export type Field = keyof CaseRef;

export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Drops empty fields so refs compare and serialise cleanly. */
export const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

// Header text → field; the first pattern that matches a header wins, the first
// header that matches a field wins. Wording from HOST-PAGES.md (2026-11):
// One Legal "Order #", "Case Number", "Case Party Names", "Matter Number/Billing
// Code", "Court", "Status"; eFile "Envelope #", "Filing Status"; F&SX "Client Matter".
export const COLUMNS: [Field, RegExp][] = [
  ['ref', /^(order|envelope|transaction|filing|submission)\s*(#|no\b|num|id\b)|^(order|envelope)$/i],
  ['caseNumber', /case\s*(#|no\b|num)|docket\s*(#|no\b|num)/i],
  ['matterCode', /matter|billing|client\s*(code|ref)/i],
  ['caseName', /case\s*(name|title|part)|part(y|ies)|style/i],
  ['court', /court/i],
  ['status', /status$/i],
];

const TABLES = 'table,[role=grid],[role=table],[role=treegrid]';
const CELL = 'td,th,[role=cell],[role=gridcell],[role=rowheader],[role=columnheader]';

// A tr's children are its cells; only ARIA rows need the selector.
const cellsOf = (row: Element) => (row.localName === 'tr' ? [...row.children] : [...row.children].filter((c) => c.matches(CELL)));
const isHeadCell = (c: Element) => c.localName === 'th' || c.getAttribute('role') === 'columnheader';

const hiddenBelow = (el: Element | null, top: Element) => {
  for (; el && el !== top; el = el.parentElement) if (skip(el)) return true;
  return false;
};

/** One CaseRef per data row that names a case number, matter code or case name. */
export function readTables(root: ParentNode): CaseRef[] {
  const out: CaseRef[] = [];
  for (const t of root.querySelectorAll(TABLES)) {
    if (hiddenUp(t)) continue;
    // A table's own rows (not a nested table's): native for <table>.
    const rows =
      t.localName === 'table' ? [...(t as HTMLTableElement).rows] : [...t.querySelectorAll('[role=row]')].filter((r) => r.closest(TABLES) === t);
    const cellRows = rows.map(cellsOf);
    const isHead = (c: Element[]) => c.length > 0 && c.every(isHeadCell);
    const h = cellRows.findIndex(isHead);
    if (h < 0) continue;
    const col: Partial<Record<Field, number>> = {};
    cellRows[h]!.forEach((c, i) => {
      const f = COLUMNS.find(([, re]) => re.test(clean(c.textContent)))?.[0];
      if (f && col[f] === undefined) col[f] = i;
    });
    if (col.caseNumber === undefined && col.matterCode === undefined) continue;
    const hits = byRow(scanElement(t));
    for (let i = h + 1; i < rows.length; i++) {
      const r = rows[i]!;
      const cells = cellRows[i]!;
      // Repeated header rows, totals in tfoot, hidden template rows: not orders.
      if (isHead(cells) || r.closest('tfoot') || hiddenBelow(r, t)) continue;
      const cell = (f: Field) => cells[col[f] ?? -1];
      const text = (f: Field) => {
        const s = clean(cell(f)?.textContent);
        return /[\p{L}\p{N}]/u.test(s) && !/^(n\/?a|none)$/i.test(s) ? s : undefined;
      };
      const caseCell = cell('caseNumber');
      // With a case-number column only that column counts: a note or a related
      // case elsewhere in the row must not become the row's case.
      const hit = hits
        .get(r)
        ?.find((x) => x.kind === 'case' && (col.caseNumber === undefined || !!caseCell?.contains(x.element)));
      let caseName = text('caseName');
      if (!caseName && hit && caseCell) {
        // "17FL002438: JOHN APPLESEED vs …" — the name after the number.
        const all = clean(caseCell.textContent);
        caseName = all.slice(all.indexOf(hit.raw) + hit.raw.length).replace(/^[\s:|–—-]+/, '') || undefined;
      }
      const ref = compact<CaseRef>({
        caseNumber: hit?.raw,
        caseName,
        matterCode: text('matterCode'),
        court: text('court'),
        status: text('status'),
        ref: text('ref')?.replace(/^#\s*/, ''),
      });
      if (ref.caseNumber || ref.matterCode || ref.caseName) out.push(ref);
    }
  }
  return out;
}

/** A list-page ScreenContext, or null when no row names a case. */
export function listContext(site: string, doc: Document, url: URL): ScreenContext | null {
  const cases = doc.body ? readTables(doc.body) : [];
  return cases.length ? { site, url: url.href, people: [], cases, view: 'list' } : null;
}
