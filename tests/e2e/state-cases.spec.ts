// Case numbers from the states added to the tables in keys versions 4 to 6,
// in Chromium with the built extension: a filing service's order list (One
// Legal's page, served at its real address) carrying other states' numbers
// (a Pennsylvania Common Pleas docket, a New Jersey eCourts docket and an
// Oklahoma OSCN number; a Tennessee appeal, a Delaware Superior Court number
// and a Mississippi appeal; a Montana district court number, a North Dakota
// one and a Rhode Island appeal; numbers that are cases only in their row's
// court) badges the clients who hold them, and a click opens the sidebar on
// the right one.
import type { BrowserContext, Page } from '@playwright/test';
import { badges, clickBadge, waitForBadges } from './badges';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

const ORDERS_URL = 'https://app.onelegal.com/orders?status=all';

/** The saved order list with three rows' case numbers and courts swapped for other states': [Fresno, San Diego, Los Angeles] rows. */
function orders(rows: [number: string, court: string][]): string {
  let html = fixture('efiling/one-legal-orders.2026-11.html');
  const swap = (from: string, to: string) => {
    if (!html.includes(from)) throw new Error(`the fixture no longer holds ${from}`);
    html = html.replace(from, to);
  };
  const [[n1, c1], [n2, c2], [n3, c3]] = rows as [[string, string], [string, string], [string, string]];
  swap('<td>17CECG03259</td>', `<td>${n1}</td>`);
  swap('<td>Fresno Superior Court</td>', `<td>${c1}</td>`);
  swap('<td>37-2023-00008265-CU-TT-CTL</td>', `<td>${n2}</td>`);
  swap('<td>San Diego Superior Court – Central</td>', `<td>${c2}</td>`);
  swap('<a href="/cases/22STCV11897">22STCV11897</a>', `<a href="/cases/${n3}">${n3}</a>`);
  swap('<td>Los Angeles Superior Court – Stanley Mosk</td>', `<td>${c3}</td>`);
  return html;
}

/** Opens that order list at its real address; once its three badges show, each as [row, whom it names]. */
async function openOrders(context: BrowserContext, page: Page, rows: [number: string, court: string][]) {
  await serve(context, 'https://app.onelegal.com/**', orders(rows));
  await page.goto(ORDERS_URL);
  const found = await waitForBadges(page, 3);
  return { found, named: found.map((b) => [b.row, b.label.split(',')[0]]) };
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

  const { found, named } = await openOrders(context, page, [
    ['CP-51-CR-0001234-2019', 'Court of Common Pleas, Philadelphia County, Pennsylvania'],
    ['MID-L-001234-19', 'Superior Court of New Jersey, Middlesex County'],
    ['CJ-2021-2045', 'District Court of Oklahoma County'],
  ]);
  expect(named).toEqual([
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

test('Tennessee, Delaware and Mississippi numbers badge their clients; the Delaware judge\u2019s initials do not matter', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: client('Beale Street Cold Storage', 'W2022-00518-COA-R3-CV') });
  // Typed with the judge who had the case when the lawyer opened the matter; the portal prints the number alone.
  await rapport(sw, 'createClient', { client: client('Brandywine Tile & Stone', 'N20C-04-227 AML') });
  await rapport(sw, 'createClient', { client: client('Delta Pecan Growers', '2023-CA-00732-SCT') });

  const { found, named } = await openOrders(context, page, [
    ['W2022-00518-COA-R3-CV', 'Court of Appeals of Tennessee at Jackson'],
    ['N20C-04-227', 'Superior Court of the State of Delaware'],
    ['2023-CA-00732-COA', 'Court of Appeals of the State of Mississippi'],
  ]);
  expect(named).toEqual([
    ['31845201', 'Rapport: Delta Pecan Growers'],
    ['31845205', 'Rapport: Beale Street Cold Storage'],
    ['31845206', 'Rapport: Brandywine Tile & Stone'],
  ]);

  await clickBadge(page, found.find((b) => b.row === '31845206')!);
  const text = await (await SidebarFrame.of(page)).waitForText('Brandywine Tile & Stone');
  // What the page printed, which is what the lawyer sees on it.
  expect(text).toContain('Matched on: case N20C-04-227');
  expect(text).not.toContain('Beale Street Cold Storage');
});

test('Montana, North Dakota and Rhode Island numbers badge their clients; a Montana number typed with a four-digit year is the same case', async ({ context, page, sw }) => {
  // The lawyer typed the year in full; the court's list prints two digits.
  await rapport(sw, 'createClient', { client: client('Big Sky Outfitters', 'DV-2019-985') });
  await rapport(sw, 'createClient', { client: client('Red River Grain Elevator', '54-2020-CV-00012') });
  await rapport(sw, 'createClient', { client: client('Narragansett Boatworks', '2024-0099-Appeal.') });

  const { found, named } = await openOrders(context, page, [
    ['DV-19-985', 'Montana Thirteenth Judicial District Court, Yellowstone County'],
    ['54-2020-CV-00012', 'District Court of Burleigh County, North Dakota'],
    ['2024-0099-Appeal.', 'Supreme Court of Rhode Island'],
  ]);
  expect(named).toEqual([
    ['31845201', 'Rapport: Narragansett Boatworks'],
    ['31845205', 'Rapport: Big Sky Outfitters'],
    ['31845206', 'Rapport: Red River Grain Elevator'],
  ]);

  await clickBadge(page, found.find((b) => b.row === '31845205')!);
  const text = await (await SidebarFrame.of(page)).waitForText('Big Sky Outfitters');
  expect(text).toContain('Matched on: case DV-19-985');
  expect(text).not.toContain('Narragansett Boatworks');
});

test('numbers that are cases only in their own court (Idaho, New Hampshire, a spaced Montana appeal) are read in each row’s court on a list from many courts', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: client('Clearwater Orchards', '48123', 'Idaho Supreme Court') });
  await rapport(sw, 'createClient', { client: client('Granite State Ski Co-op', '2019-0123', 'New Hampshire Supreme Court') });
  await rapport(sw, 'createClient', { client: client('Flathead Timber', 'DA 21-0492', 'Montana Supreme Court') });
  // The same five digits in South Dakota's Supreme Court: another case, never offered for the Idaho row.
  await rapport(sw, 'createClient', { client: client('Black Hills Quarry', '48123', 'South Dakota Supreme Court') });

  const { found, named } = await openOrders(context, page, [
    ['48123', 'Supreme Court of Idaho'],
    ['2019-0123', 'Supreme Court of New Hampshire'],
    ['DA 21-0492', 'Supreme Court of Montana'],
  ]);
  expect(named).toEqual([
    ['31845201', 'Rapport: Flathead Timber'],
    ['31845205', 'Rapport: Clearwater Orchards'],
    ['31845206', 'Rapport: Granite State Ski Co-op'],
  ]);

  await clickBadge(page, found.find((b) => b.row === '31845205')!);
  const text = await (await SidebarFrame.of(page)).waitForText('Clearwater Orchards');
  expect(text).toContain('Matched on: case 48123');
  expect(text).not.toContain('Black Hills Quarry');
});
