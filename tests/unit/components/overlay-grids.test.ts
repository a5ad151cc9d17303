/** @vitest-environment happy-dom */
// The overlay on a row-less grid (hand-written One Legal orders page): billing
// codes get badges in their own column, a "Rejected by Court" row raises its
// flag though no element is a row, and the same number in another county's row
// is not the client's. The background is a miniature one that makes the real
// court-aware decision (identity/court-match.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBadge } from '../../../components/overlay/badge';
import { createOverlay, type FilingToLog } from '../../../components/overlay/overlay';
import { matterCaseKeys } from '../../../lib/identity/case-number';
import { caseHolders, identifierQueries } from '../../../lib/identity/court-match';
import type { Matter } from '../../../lib/model/client';
import type { CaseMatch } from '../../../lib/messaging/protocol';
import { normaliseMatterCode } from '../../../lib/identity/normalise';
import { readerOverTheWire } from '../sites/efiling/over-the-wire';

const html = readFileSync(path.resolve(__dirname, '../../fixtures/efiling/one-legal-orders-grid.2026-11.html'), 'utf8');
const NOW = Date.UTC(2026, 10, 6, 12);

type FakeClient = { view: CaseMatch; matters: Matter[] };

function background(clients: FakeClient[]) {
  const lookups: string[][] = [];
  const logs: FilingToLog[][] = [];
  const holders = (key: string) =>
    clients.filter((c) => c.matters.some((m) => (matterCaseKeys(m) as string[]).includes(key) || `matter:${normaliseMatterCode(m.matterCode ?? '')}` === key));
  return {
    lookups,
    logs,
    // What is a case number: the background's tables, asked the way the content script asks.
    reader: readerOverTheWire('https://app.onelegal.com/orders').reader,
    badges: async () => createBadge,
    resolve: async (keys: string[]) => {
      lookups.push(keys);
      const out: Record<string, CaseMatch[]> = {};
      for (const k of keys)
        for (const q of identifierQueries({ caseNumber: k.slice('case:'.length) })) {
          const held = caseHolders(q.candidates, q.candidates.flatMap((c) => holders(c.key)));
          if (held.length) out[k] = [...new Set(held)].map((c) => c.view);
        }
      return out;
    },
    logRejections: async (items: FilingToLog[]) => void logs.push(items),
    open: () => {},
  };
}

const acme: FakeClient = { view: { id: 'c-acme', name: 'Acme Tools', flags: 0 }, matters: [{ id: 'm1', people: [], matterCode: 'acme-2026-01' }] };
const lindqvist: FakeClient = { view: { id: 'c-lind', name: 'Erik Lindqvist', flags: 0 }, matters: [{ id: 'm2', people: [], caseNumber: '25CV01187', court: 'Sonoma Superior' }] };

async function setup(page = html, clients = [acme, lindqvist]) {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = page.replace(/^<!doctype html>/i, '');
  const bg = background(clients);
  const overlay = createOverlay({ doc, now: () => NOW, ...bg });
  overlay.scanAll();
  await overlay.idle();
  return { doc, bg, overlay };
}

/** "<order #> <column header>" for each badge: its counted row and its column. */
function where(doc: Document) {
  const cells = [...doc.querySelectorAll('[role=grid] > *')];
  return [...doc.querySelectorAll('[data-rapport-badge]')].map((b) => {
    const i = cells.indexOf(b.closest('[role=cell]')!);
    return `${cells[i - (i % 6)]!.textContent} ${cells[i % 6]!.textContent}`;
  });
}

describe('overlay on a row-less grid', () => {
  it('asks about case numbers with their row’s court and billing codes from their column, in one message', async () => {
    const { bg } = await setup();
    expect(bg.lookups).toHaveLength(1);
    expect(bg.lookups[0]!.sort()).toEqual(
      [
        'case:24STCV20001 @LOS ANGELES SUPERIOR',
        'case:25CV01187 @SONOMA SUPERIOR',
        'case:24STCV20003 @LOS ANGELES SUPERIOR',
        'case:25CV01187 @NAPA SUPERIOR',
        'case:matter:ACME-2026-01',
        'case:matter:LQV-0003',
        'case:matter:KHL-2025-77',
      ].sort(),
    );
  });

  it('badges the billing code in its own column, and the case only in its own county’s row', async () => {
    const { doc } = await setup();
    expect(where(doc)).toEqual(['41900101 Matter Number/Billing Code', '41900102 Case Number']);
  });

  it('reads the status from the same counted row: the rejection is logged, once', async () => {
    const { bg, overlay } = await setup();
    overlay.refresh();
    await overlay.idle();
    expect(bg.logs.flat()).toEqual([
      {
        clientId: 'c-lind',
        filing: { caseNumber: '25CV01187', status: 'Rejected by Court', ref: '41900102', caseName: 'Lindqvist v. Redwood Cellars', court: 'Sonoma Superior', matterCode: 'LQV-0003' },
      },
    ]);
  });

  it('a status that changes later in a counted row updates that row’s badge', async () => {
    const { doc, bg, overlay } = await setup();
    const cells = [...doc.querySelectorAll('[role=grid] > *')];
    const acmeStatus = cells[6 + 5]!;
    acmeStatus.textContent = 'Rejected by Court';
    overlay.changed([acmeStatus.firstChild!]);
    await overlay.idle();
    expect(bg.logs.flat().map((l) => [l.clientId, l.filing.ref, l.filing.status])).toContainEqual(['c-acme', '41900101', 'Rejected by Court']);
  });

  it('a number that is a case only in its row’s court (an Idaho Supreme Court docket) is read in that court, the page having none', async () => {
    const row = '<a href="#o3">24STCV20003</a></div><div role="cell">N/A</div><div role="cell">Ortega v. Sunset Plaza LLC</div><div role="cell">Los Angeles Superior</div>';
    if (!html.includes(row)) throw new Error('the fixture no longer holds the Ortega row');
    const page = html.replace(row, row.replace('24STCV20003', '48123').replace('Los Angeles Superior', 'Idaho Supreme Court'));
    const orchards: FakeClient = { view: { id: 'c-orch', name: 'Clearwater Orchards', flags: 0 }, matters: [{ id: 'm3', people: [], caseNumber: '48123', court: 'Supreme Court of Idaho' }] };
    const { doc, bg } = await setup(page, [acme, lindqvist, orchards]);
    expect(bg.lookups.flat()).toContain('case:48123 @IDAHO SUPREME COURT');
    expect(where(doc)).toEqual(['41900101 Matter Number/Billing Code', '41900102 Case Number', '41900103 Case Number']);
    expect(doc.querySelectorAll('[data-rapport-badge]')).toHaveLength(3);
  });
});
