// Case numbers from the states added to the tables in keys version 4, in
// Chromium with the built extension: a filing service's order list (One
// Legal's page, served at its real address) carrying a Pennsylvania
// Common Pleas docket, a New Jersey eCourts docket and an Oklahoma OSCN
// number badges the clients who hold them, and a click opens the sidebar on
// the right one.
import { badges, clickBadge, waitForBadges } from './badges';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

const ORDERS_URL = 'https://app.onelegal.com/orders?status=all';

/** The saved order list with three rows' case numbers and courts swapped for other states'. */
function orders(): string {
  let html = fixture('efiling/one-legal-orders.2026-11.html');
  const swap = (from: string, to: string) => {
    if (!html.includes(from)) throw new Error(`the fixture no longer holds ${from}`);
    html = html.replace(from, to);
  };
  swap('<td>17CECG03259</td>', '<td>CP-51-CR-0001234-2019</td>');
  swap('<td>Fresno Superior Court</td>', '<td>Court of Common Pleas, Philadelphia County, Pennsylvania</td>');
  swap('<td>37-2023-00008265-CU-TT-CTL</td>', '<td>MID-L-001234-19</td>');
  swap('<td>San Diego Superior Court – Central</td>', '<td>Superior Court of New Jersey, Middlesex County</td>');
  swap('<a href="/cases/22STCV11897">22STCV11897</a>', '<a href="/cases/CJ-2021-2045">CJ-2021-2045</a>');
  swap('<td>Los Angeles Superior Court – Stanley Mosk</td>', '<td>District Court of Oklahoma County</td>');
  return html;
}

const client = (name: string, caseNumber: string, court?: string) => ({
  name,
  matters: [{ id: `m-${caseNumber}`, caseNumber, ...(court ? { court } : {}) }],
});

test('Pennsylvania, New Jersey and Oklahoma numbers on an order list badge the clients who hold them', async ({ context, page, sw }) => {
  // As a lawyer would type them: one with its court, two without.
  await rapport(sw, 'createClient', { client: client('Keystone Bakery Supply', 'CP-51-CR-0001234-2019', 'Philadelphia County, Pennsylvania') });
  await rapport(sw, 'createClient', { client: client('Raritan Marine Works', 'MID-L-001234-19') });
  await rapport(sw, 'createClient', { client: client('Red Dirt Feed & Seed', 'CJ-2021-2045') });
  // The same New Jersey number typed by another firm's client in Oklahoma: never offered for the New Jersey row.
  await rapport(sw, 'createClient', { client: client('Tulsa Tool Rental', 'MID-L-001234-19', 'Tulsa County, Oklahoma') });

  await serve(context, 'https://app.onelegal.com/**', orders());
  await page.goto(ORDERS_URL);
  const found = await waitForBadges(page, 3);
  expect(found.map((b) => [b.row, b.label.split(',')[0]])).toEqual([
    ['31845201', 'Rapport: Red Dirt Feed & Seed'],
    ['31845205', 'Rapport: Keystone Bakery Supply'],
    ['31845206', 'Rapport: Raritan Marine Works'],
  ]);

  await clickBadge(page, found.find((b) => b.row === '31845205')!);
  const text = await (await SidebarFrame.of(page)).waitForText('Keystone Bakery Supply');
  expect(text).toContain('Matched on: case CP-51-CR-0001234-2019');
  expect(text).not.toContain('Tulsa Tool Rental');
  expect((await badges(page)).length).toBe(3);
});
