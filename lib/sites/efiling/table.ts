// Shared reader for portal list pages (orders, matters, envelopes, filings):
// grids of any shape (grid.ts), columns found by header text, the case number
// read from the case-number column by label (readCaseField), whatever the state.

import type { CaseRef, ScreenContext } from '../types';
import { clean, gridElements, isHeadRow, readGrid, type Field } from './grid';
import type { CaseReader, PageReader } from './reading';
import { hiddenUp, skip } from './scanner';

export { clean, COLUMNS, type Field } from './grid';

/** Drops empty fields so refs compare and serialise cleanly. */
export const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

const hiddenBelow = (el: Element | null, top: Element) => {
  for (; el && el !== top; el = el.parentElement) if (skip(el)) return true;
  return false;
};

/** One CaseRef per data row that names a case number, matter code or case name. */
export function readTables(root: ParentNode, reader: CaseReader, pageCourt?: string): CaseRef[] {
  const out: CaseRef[] = [];
  for (const el of gridElements(root)) {
    if (hiddenUp(el)) continue;
    const g = readGrid(el);
    if (!g) continue;
    for (let i = g.head + 1; i < g.rows.length; i++) {
      const cells = g.rows[i]!;
      const r = g.rowEls[i];
      // Repeated header rows, totals in tfoot, hidden template rows: not orders.
      if (!cells.length || isHeadRow(cells) || r?.closest('tfoot') || hiddenBelow(r ?? cells[0]!, el)) continue;
      const cell = (f: Field) => cells[g.cols[f] ?? -1];
      const text = (f: Field) => {
        const s = clean(cell(f)?.textContent);
        return /[\p{L}\p{N}]/u.test(s) && !/^(n\/?a|none)$/i.test(s) ? s : undefined;
      };
      const court = text('court');
      const caseCell = cell('caseNumber');
      // Only the case-number column counts: a note or a related case elsewhere
      // in the row must not become the row's case.
      // Without a case-number column, the first number anywhere in the row.
      const all = clean((caseCell ?? (g.cols.caseNumber === undefined ? r : null))?.textContent ?? (caseCell ? '' : cells.map((c) => c.textContent).join(' ')));
      const hit = !all ? null : caseCell ? reader.field(all, court ?? pageCourt) : (reader.find(all, court ?? pageCourt)?.[0] ?? null);
      let caseName = text('caseName');
      if (!caseName && hit) {
        // "17FL002438: JOHN APPLESEED vs …" — the name after the number.
        caseName = all.slice(all.indexOf(hit.raw) + hit.raw.length).replace(/^[\s:|–—-]+/, '') || undefined;
      }
      const ref = compact<CaseRef>({
        caseNumber: hit?.raw,
        caseName,
        matterCode: text('matterCode'),
        court,
        status: text('status'),
        ref: text('ref')?.replace(/^#\s*/, ''),
      });
      if (ref.caseNumber || ref.matterCode || ref.caseName) out.push(ref);
    }
  }
  return out;
}

/** A list-page ScreenContext, or null when no row names a case. */
export function listContext(site: string, doc: Document, url: URL, r: PageReader): ScreenContext | null {
  const cases = doc.body ? readTables(doc.body, r, r.page.court) : [];
  return cases.length ? { site, url: url.href, people: [], cases, view: 'list' } : null;
}
