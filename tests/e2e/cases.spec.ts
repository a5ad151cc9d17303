// Issue 12 in Chromium with the built extension: a bankruptcy docket, an
// Odyssey page from another state, a billing-code badge and a rejection read
// from a grid without rows, the same number held in two courts, and a saved
// docket with another extension's stray markup parsed as jsdom parses it.
// Host pages are served at their real URLs; nothing touches the network.
import { SidebarFrame } from './sidebar-frame';
import { badges, waitForBadges } from './badges';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../shared-fixtures';

const matter = (name: string, m: { caseNumber?: string; court?: string; matterCode?: string }) => ({
  name,
  matters: [{ id: `m-${name.length}`, ...m }],
});

test('a bankruptcy docket opens the sidebar for the client who holds the petition in that court', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: matter('Harlan Feed & Seed, LLC', { caseNumber: '24-80417', court: 'Bankr. N.D. Ala.' }) });
  await serve(context, 'https://ecf.alnb.uscourts.gov/**', fixture('pacer/bankruptcy-docket.2026-11.html'));
  await page.goto('https://ecf.alnb.uscourts.gov/cgi-bin/DktRpt.pl?123456789012345-L_1_0-1');
  const text = await (await SidebarFrame.of(page)).waitForText('Harlan Feed & Seed, LLC');
  expect(text).toContain('Matched on: case 24-80417-CRJ7');
  // The docket's own text (a related case, a claim number) gets no badges.
  expect(await badges(page)).toEqual([]);
});

test('an Odyssey register of actions from Georgia opens the sidebar for its client, not a client of another county', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: matter('Pike Creek Orchards, Inc.', { caseNumber: 'SUCV2021000456', court: 'Spalding County, Georgia' }) });
  await rapport(sw, 'createClient', { client: matter('Savannah Dockside Co.', { caseNumber: 'SUCV2021000456', court: 'Chatham County, Georgia' }) });
  await serve(context, 'https://gaspaldingprodportal.tylerhost.net/**', fixture('odyssey/spalding-register.2026-11.html'));
  await page.goto('https://gaspaldingprodportal.tylerhost.net/Portal/Case/CaseDetail?caseId=9');
  const text = await (await SidebarFrame.of(page)).waitForText('Pike Creek Orchards, Inc.');
  expect(text).toContain('Matched on: case SUCV2021000456');
  expect(text).not.toContain('Savannah Dockside');
});

test('the same federal number in two courts: a docket shows only the client in its own court', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: matter('Harbor Light Shipping LLC', { caseNumber: '1:21-cv-04567-LJL', court: 'S.D.N.Y.' }) });
  await rapport(sw, 'createClient', { client: matter('Prairie Grain Co-op', { caseNumber: '21-cv-4567', court: 'Northern District of Illinois' }) });
  await serve(context, 'https://ecf.nysd.uscourts.gov/**', fixture('pacer/district-docket-nysd.2026-11.html'));
  await page.goto('https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?987654321098765-L_1_0-1');
  const text = await (await SidebarFrame.of(page)).waitForText('Harbor Light Shipping LLC');
  expect(text).toContain('Matched on: case 1:21-cv-04567-LJL');
  // One client, no switcher: the Illinois client is not offered at all.
  expect(text).not.toContain('Prairie Grain');
});

test.describe('One Legal orders drawn as a grid without rows', () => {
  const URL = 'https://app.onelegal.com/orders?view=grid';
  const seed = async (sw: Parameters<typeof rapport>[0]) => {
    const acme = await rapport(sw, 'createClient', { client: matter('Acme Tools', { matterCode: 'ACME-2026-01' }) });
    const lind = await rapport(sw, 'createClient', { client: matter('Erik Lindqvist', { caseNumber: '25CV01187', court: 'Sonoma Superior' }) });
    return { acme: acme.client, lind: lind.client };
  };

  test('a billing code gets its badge in its own column; the case only in its own county’s row; the rejection is flagged', async ({ context, page, sw }) => {
    const { lind } = await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', fixture('efiling/one-legal-orders-grid.2026-11.html'));
    await page.goto(URL);
    const found = await waitForBadges(page, 2);
    expect(found.map((b) => [b.row, b.column, b.label.split(',')[0]])).toEqual([
      ['41900101', 'Matter Number/Billing Code', 'Rapport: Acme Tools'],
      ['41900102', 'Case Number', 'Rapport: Erik Lindqvist'],
    ]);
    // Row 41900104 is the same number in Napa: not Lindqvist's (his matter names Sonoma).
    expect(found.some((b) => b.row === '41900104')).toBe(false);
    // "Rejected by Court" read from the same counted row: the flag is raised without a click.
    await expect
      .poll(async () => (await rapport(sw, 'listFilingFlags', { clientId: lind.id })).flags.map((f) => [f.caseNumber, f.ref, f.status]))
      .toEqual([['25CV01187', '41900102', 'Rejected by Court']]);
    expect(found[1]!.label).toContain('A rejected filing to tell the client about');
  });

  test('badges do not change the grid’s row heights', async ({ context, page, sw }) => {
    await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', fixture('efiling/one-legal-orders-grid.2026-11.html'));
    await page.goto(URL);
    await waitForBadges(page, 2);
    const heights = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('[role=grid] > [role=cell]')] as HTMLElement[];
      const withBadges = cells.map((c) => c.getBoundingClientRect().height);
      const marks = [...document.querySelectorAll('[data-rapport-badge]')].map((h) => [h, h.parentNode, h.nextSibling] as const);
      for (const [h] of marks) h.remove();
      const without = cells.map((c) => c.getBoundingClientRect().height);
      for (const [h, parent, next] of marks) parent!.insertBefore(h, next);
      return { withBadges, without };
    });
    heights.withBadges.forEach((h, i) => expect(Math.abs(h - heights.without[i]!), `cell ${i}`).toBeLessThanOrEqual(1));
  });
});

test('a saved docket with another extension’s stray markup: Chromium keeps the caption where jsdom does, and the sidebar opens', async ({ context, page, sw }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  // The same injection as tests/unit/sites/efiling/cases-everywhere.test.ts (parser parity).
  const stray = () =>
    sharedFixture('pacer/dockets__cand_263146.html').replace(
      '<table border="0" cellspacing="0" width="100%">',
      '<table border="0" cellspacing="0" width="100%"><div class="ext-toolbar">Saved with a toolbar</div>',
    );
  await rapport(sw, 'createClient', { client: matter('Pacific Cell Purchasers Group', { caseNumber: '4:13-md-02420-YGR', court: 'N.D. Cal.' }) });
  await serve(context, 'https://ecf.cand.uscourts.gov/**', stray);
  await page.goto('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?102907374645-L_1_0-1');
  const parsed = await page.evaluate(() => ({
    caption: document.querySelector('#cmecfMainContent h3')?.textContent?.includes('4:13-md-02420-YGR') ?? false,
    fostered: !!document.querySelector('#cmecfMainContent > .ext-toolbar + table'),
  }));
  expect(parsed).toEqual({ caption: true, fostered: true });
  await (await SidebarFrame.of(page)).waitForText('Pacific Cell Purchasers Group');
});
