/** @vitest-environment happy-dom */
// The badge overlay's core against the saved One Legal orders page and small
// hand-made pages, with a fake background. What a user sees in Chromium (and
// that the page cannot read it) is the end-to-end test's job.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBadge } from '../../../components/overlay/badge';
import { createOverlay, type FilingToLog } from '../../../components/overlay/overlay';
import { matterCaseKeys } from '../../../lib/identity/case-number';
import { caseHolders, identifierQueries } from '../../../lib/identity/court-match';
import type { CaseMatch } from '../../../lib/messaging/protocol';
import type { CaseRef } from '../../../lib/sites/types';
import { readerOverTheWire } from '../sites/efiling/over-the-wire';

const NOW = Date.UTC(2026, 10, 6, 12);
const DAY = 864e5;
const ordersHtml = readFileSync(path.resolve(__dirname, '../../fixtures/efiling/one-legal-orders.2026-11.html'), 'utf8');

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return doc;
}

/**
 * A background in miniature: case number → holders, answered with the real
 * court-aware decision (identity/court-match.ts) the background makes. Records
 * every lookup and log.
 */
function fake(db: Record<string, CaseMatch[]>) {
  const held = new Map(Object.entries(db));
  const lookups: string[][] = [];
  const logs: FilingToLog[][] = [];
  const opened: [CaseRef, string | undefined][] = [];
  /** Times the overlay asked for the badge's code (the content script has it injected). */
  const badgeLoads = { count: 0 };
  // What is a case number: the background's tables, asked the way the content script asks.
  const wire = readerOverTheWire('https://app.onelegal.com/orders');
  const answer = (k: string) => {
    const [q] = identifierQueries({ caseNumber: k.slice('case:'.length) });
    if (!q) return [];
    const clients = [...held].flatMap(([cn, ms]) => ms.map((m) => ({ m, matters: [{ caseNumber: cn }] })));
    const found = clients.filter((c) => matterCaseKeys(c.matters[0]!).some((key) => q.candidates.some((x) => x.key === key)));
    return [...new Set(caseHolders(q.candidates, found).map((c) => c.m))];
  };
  return {
    lookups,
    logs,
    opened,
    reader: wire.reader,
    wire,
    resolve: async (keys: string[]) => {
      lookups.push(keys);
      return Object.fromEntries(keys.map((k) => [k, answer(k)] as const).filter(([, m]) => m.length));
    },
    logRejections: async (items: FilingToLog[]) => void logs.push(items),
    open: (ref: CaseRef, clientId: string | undefined) => void opened.push([ref, clientId]),
    badgeLoads,
    badges: async () => {
      badgeLoads.count++;
      return createBadge;
    },
    set: (cn: string, m: CaseMatch[]) => held.set(cn, m),
  };
}

const maria: CaseMatch = { id: 'c-maria', name: 'Maria Alvarez', lastContact: NOW - 3 * DAY, flags: 0 };
const mdl: CaseMatch = { id: 'c-mdl', name: 'Pacific Cell Purchasers Group', flags: 0 };
const tom: CaseMatch = { id: 'c-tom', name: 'Tom', flags: 0 };

const badgesIn = (doc: Document) => [...doc.querySelectorAll('[data-rapport-badge]')];
const rowOf = (el: Element) => el.closest('tr')!.cells[0]!.textContent!.trim();

async function setup(html: string, db: Record<string, CaseMatch[]>) {
  const doc = page(html);
  const bg = fake(db);
  const overlay = createOverlay({ doc, now: () => NOW, ...bg });
  overlay.scanAll();
  await overlay.idle();
  return { doc, bg, overlay };
}

describe('overlay on the One Legal orders page', () => {
  const clients = { '22STCV11897': [maria], '4:13-md-02420-YGR': [mdl], '23CV00274': [tom], '26STCV99903': [tom], '26STCV99902': [tom], '26STCV99901': [tom] };

  it('asks about every case number on the page in ONE message, then badges exactly the three clients’ rows', async () => {
    const { doc, bg, overlay } = await setup(ordersHtml, clients);
    expect(bg.lookups).toHaveLength(1);
    // 19 case cells; the related case in a note, the hidden row, the select and the script are never asked about.
    expect(bg.lookups[0]).toHaveLength(19);
    expect(bg.lookups[0]).not.toContain('case:26STCV99903');
    expect(bg.lookups[0]).not.toContain('case:26STCV99902');
    expect(bg.lookups[0]).not.toContain('case:26STCV99901');
    expect(badgesIn(doc).map(rowOf)).toEqual(['31845201', '31845202', '31845203']);
    expect(overlay.badgeCount()).toBe(3);
    // In the Case Number cell, after the number (outside its link), with nothing about the client outside the closed root.
    for (const b of badgesIn(doc)) {
      expect((b.closest('td') as HTMLTableCellElement).cellIndex).toBe(1);
      expect(b.closest('a')).toBeNull();
      expect([...b.attributes].map((a) => a.name)).toEqual(['data-rapport-badge']);
      expect(b.shadowRoot).toBeNull();
      expect(b.textContent).toBe('');
    }
  });

  it('asks for the badge’s code once, with the first client on the page, and never on a page where nobody holds a number', async () => {
    const { bg, overlay } = await setup(ordersHtml, clients);
    expect(bg.badgeLoads.count).toBe(1);
    overlay.refresh();
    await overlay.idle();
    expect(bg.badgeLoads.count).toBe(1);
    const nobody = await setup(ordersHtml, {});
    expect(nobody.bg.lookups).toHaveLength(1);
    expect(nobody.bg.badgeLoads.count).toBe(0);
    expect(badgesIn(nobody.doc)).toEqual([]);
  });

  it('badge code that cannot be had means no badges, and the next pass asks again', async () => {
    const doc = page(ordersHtml);
    const bg = fake(clients);
    let fail = true;
    const overlay = createOverlay({
      doc,
      now: () => NOW,
      ...bg,
      badges: async () => {
        if (fail) throw new Error('unreachable');
        return bg.badges();
      },
    });
    overlay.scanAll();
    await overlay.idle();
    expect(badgesIn(doc)).toEqual([]);
    expect(bg.logs).toEqual([]);
    fail = false;
    overlay.refresh();
    await overlay.idle();
    expect(badgesIn(doc).map(rowOf)).toEqual(['31845201', '31845202', '31845203']);
  });

  it('the rejected row of exactly one client is logged (once) without a click', async () => {
    const { bg, overlay } = await setup(ordersHtml, clients);
    expect(bg.logs).toEqual([
      [
        {
          clientId: 'c-tom',
          filing: { caseNumber: '23CV00274', status: 'Rejected by Court', ref: '31845203', caseName: 'Becker v. Nordlicht GmbH', court: 'Sonoma Superior Court' },
        },
      ],
    ]);
    overlay.refresh();
    await overlay.idle();
    expect(bg.lookups).toHaveLength(2);
    expect(bg.logs).toHaveLength(1);
  });

  it('a click opens the row’s case with its client chosen; an ambiguous badge opens both', async () => {
    // The roots are closed to the page; the test keeps the handles attachShadow returns.
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const r = attach.call(this, init);
      roots.push(r);
      return r;
    });
    try {
      const { bg } = await setup(ordersHtml, { ...clients, '23SMCV00021': [maria, tom] });
      const button = (i: number) => roots[i]!.querySelector('button')!;
      expect(roots.map((r) => r.querySelector('button')!.getAttribute('aria-label'))).toEqual([
        'Rapport: Maria Alvarez, last contact 3 days ago. Open in the Rapport sidebar',
        'Rapport: Pacific Cell Purchasers Group, last contact never. Open in the Rapport sidebar',
        'Rapport: Tom, last contact never. A rejected filing to tell the client about. Open in the Rapport sidebar',
        'Rapport: this case number matches 2 clients: Maria Alvarez, Tom. Open in the Rapport sidebar',
      ]);
      expect(button(0).textContent).toBe('Maria Alvarez3 days ago');
      expect(button(3).textContent).toBe('2 clientswhich?');
      const rowClicks: string[] = [];
      button(0).closest('body')?.addEventListener('click', () => rowClicks.push('page'));
      button(0).click();
      button(3).click();
      expect(bg.opened).toEqual([
        [{ caseNumber: '22STCV11897', status: 'Complete: Accepted by Court', ref: '31845201', caseName: 'Alvarez Bakery, LLC v. Greenleaf Properties, Inc.', court: 'Los Angeles Superior Court – Stanley Mosk' }, 'c-maria'],
        [{ caseNumber: '23SMCV00021', status: 'Complete: Accepted by Court', ref: '31845204', caseName: 'Harper v. Ocean Avenue Holdings', court: 'Los Angeles Superior Court – Santa Monica' }, undefined],
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('a rejected row whose number two clients hold is not logged on either (precision first)', async () => {
    const { doc, bg } = await setup(ordersHtml, { '23CV00274': [tom, { ...maria, id: 'c-other' }] });
    expect(badgesIn(doc).map(rowOf)).toEqual(['31845203']);
    expect(bg.logs).toEqual([]);
  });

  it('re-scans only what changed: a new client row gets a badge, a removed row loses it, a status change is seen', async () => {
    const { doc, bg, overlay } = await setup(ordersHtml, clients);
    const rows = [...doc.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
    const r = (order: string) => rows.find((x) => x.cells[0]!.textContent!.trim() === order)!;

    // Maria's row goes; Ortega's row becomes a client's (someone added the client meanwhile).
    const gone = r('31845201');
    gone.remove();
    bg.set('24STCV05521', [{ id: 'c-ortega', name: 'Luis Ortega', flags: 0 }]);
    overlay.refresh();
    await overlay.idle();
    overlay.changed([gone]);
    await overlay.idle();
    expect(badgesIn(doc).map(rowOf)).toEqual(['31845202', '31845203', '31845212']);

    // The MDL order is rejected while the page is open: one new lookup-free pass, one log.
    const lookups = bg.lookups.length;
    const status = r('31845202').cells[6]!;
    status.textContent = 'Rejected by Court';
    overlay.changed([status.firstChild!]);
    await overlay.idle();
    expect(bg.lookups).toHaveLength(lookups);
    expect(bg.logs.flat().map((l) => [l.clientId, l.filing.ref])).toEqual([
      ['c-tom', '31845203'],
      ['c-mdl', '31845202'],
    ]);

    // A case number edited in place: the old badge goes, the new number is asked about once.
    const cell = r('31845203').cells[1]!;
    cell.firstChild!.textContent = '25CV09999';
    overlay.changed([cell.firstChild!]);
    await overlay.idle();
    // The row's Court column travels with the number (court-aware matching).
    expect(bg.lookups.at(-1)).toEqual([expect.stringMatching(/^case:25CV09999 @\S/)]);
    expect(badgesIn(doc).map(rowOf)).toEqual(['31845202', '31845212']);
  });

  it('puts a badge back when the page re-renders it away, but gives up if it keeps doing so', async () => {
    const { doc, overlay } = await setup(ordersHtml, clients);
    for (let i = 0; i < 5; i++) {
      const b = badgesIn(doc)[0]!;
      b.remove();
      overlay.changed([b]);
    }
    // Three times put back, then left alone.
    expect(badgesIn(doc).map(rowOf)).toEqual(['31845202', '31845203']);
  });

  it('no badges while disabled (a docket page), and none after destroy', async () => {
    const doc = page(ordersHtml);
    const bg = fake(clients);
    const overlay = createOverlay({ doc, now: () => NOW, ...bg, enabled: () => false });
    overlay.scanAll();
    await overlay.idle();
    expect(bg.lookups).toEqual([]);
    expect(badgesIn(doc)).toEqual([]);

    const live = await setup(ordersHtml, clients);
    live.overlay.destroy();
    expect(badgesIn(live.doc)).toEqual([]);
  });

  it('an unreachable background means no badges, and the next pass asks again', async () => {
    const doc = page(ordersHtml);
    let fail = true;
    const bg = fake(clients);
    const overlay = createOverlay({
      doc,
      now: () => NOW,
      open: bg.open,
      reader: bg.reader,
      badges: bg.badges,
      resolve: async (keys) => {
        if (fail) throw new Error('unreachable');
        return bg.resolve(keys);
      },
    });
    overlay.scanAll();
    await overlay.idle();
    expect(badgesIn(doc)).toEqual([]);
    fail = false;
    overlay.scanAll();
    await overlay.idle();
    expect(badgesIn(doc)).toHaveLength(3);
  });
});

describe('overlay outside tables', () => {
  it('badges a case number in free text inline, after its line, outside its link', async () => {
    const { doc } = await setup(
      '<body><p>Re <a href="/c/1">22STCV11897</a>: motion to compel, call (213) 830-0803.</p><p>Order #31845201, 11/03/2026</p></body>',
      { '22STCV11897': [maria] },
    );
    const [b] = badgesIn(doc);
    expect(b!.parentElement!.localName).toBe('p');
    expect(b!.previousSibling!.textContent).toBe(': motion to compel, call (213) 830-0803.');
  });

  it('never puts a badge on its own line after a block', async () => {
    const { doc } = await setup('<body><table><tr><td><div><span>22STCV11897</span><div>Alvarez v. Greenleaf</div></div></td></tr></table></body>', {
      '22STCV11897': [maria],
    });
    const [b] = badgesIn(doc);
    expect(b!.previousElementSibling!.localName).toBe('span');
    expect(b!.nextElementSibling!.textContent).toBe('Alvarez v. Greenleaf');
  });
});

describe('overlay and editable regions', () => {
  it('never puts a badge inside something the user is typing in, even one that appears later', async () => {
    const { doc, overlay } = await setup('<body><div contenteditable="true"><p>Re 22STCV11897 — see attached</p></div><p id="x"></p></body>', {
      '22STCV11897': [maria],
    });
    expect(badgesIn(doc)).toEqual([]);
    const editor = doc.createElement('div');
    editor.setAttribute('contenteditable', '');
    editor.textContent = 'Draft for 22STCV11897';
    doc.body.append(editor);
    overlay.changed([editor]);
    await overlay.idle();
    expect(badgesIn(doc)).toEqual([]);
    // Outside an editor the same number gets its badge.
    doc.getElementById('x')!.textContent = 'Filed in 22STCV11897';
    overlay.changed([doc.getElementById('x')!.firstChild!]);
    await overlay.idle();
    expect(badgesIn(doc)).toHaveLength(1);
  });
});
