/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCandidates } from '../../../../lib/identity/case-number';
import { EFILING_MATCHES } from '../../../../lib/sites/efiling/index';
import { EFILING_ADAPTERS, efilingAdapterFor, fsx, oneLegal, scanElement } from '../../../../lib/sites/efiling/tables';

const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(path.resolve(__dirname, '../../../fixtures/efiling', `${name}.2026-11.html`), 'utf8'), 'text/html');

const MOSK = 'Los Angeles Superior Court – Stanley Mosk';
const OK = 'Complete: Accepted by Court';

describe('one-legal', () => {
  const url = new URL('https://app.onelegal.com/orders');

  it('matches onelegal.com hosts only', () => {
    expect(oneLegal.matches(url)).toBe(true);
    expect(oneLegal.matches(new URL('https://onelegal.com/'))).toBe(true);
    expect(oneLegal.matches(new URL('https://onelegal.com.evil.example/'))).toBe(false);
    expect(oneLegal.matches(new URL('https://notonelegal.com/'))).toBe(false);
  });

  it('orders page → exactly one CaseRef per visible order row', () => {
    const ctx = oneLegal.read(page('one-legal-orders'), url);
    expect(ctx?.site).toBe('one-legal');
    expect(ctx?.view).toBe('list');
    expect(ctx?.people).toEqual([]);
    expect(ctx?.cases).toEqual([
      { ref: '31845201', caseNumber: '22STCV11897', caseName: 'Alvarez Bakery, LLC v. Greenleaf Properties, Inc.', court: MOSK, status: OK },
      { ref: '31845202', caseNumber: '4:13-md-02420-YGR', caseName: 'In re: Lithium Ion Batteries Antitrust Litigation', court: 'U.S. District Court, N.D. Cal. (Oakland)', status: 'In Progress' },
      { ref: '31845203', caseNumber: '23CV00274', caseName: 'Becker v. Nordlicht GmbH', court: 'Sonoma Superior Court', status: 'Rejected by Court' },
      { ref: '31845204', caseNumber: '23SMCV00021', caseName: 'Harper v. Ocean Avenue Holdings', court: 'Los Angeles Superior Court – Santa Monica', status: OK },
      { ref: '31845205', caseNumber: '17CECG03259', caseName: 'Fresno Irrigation District v. Dalton', court: 'Fresno Superior Court', status: OK },
      { ref: '31845206', caseNumber: '37-2023-00008265-CU-TT-CTL', caseName: 'Nguyen v. Pacific Coast Lending', court: 'San Diego Superior Court – Central', status: 'In Progress' },
      { ref: '31845207', caseNumber: 'CGC-10-501886', caseName: 'Russo v. Bay Freight Lines', court: 'San Francisco Superior Court', status: OK },
      { ref: '31845208', caseNumber: '17FL002438', caseName: 'In re Marriage of Appleseed', court: 'Sonoma Superior Court', status: 'Cancelled: No Charges' },
      { ref: '31845209', caseNumber: 'MSC18-00717', caseName: 'Delgado v. Contra Costa Water District', court: 'Contra Costa Superior Court', status: OK },
      { ref: '31845210', caseNumber: 'VCU294271', caseName: 'Kaur v. Tulare Packing Co.', court: 'Tulare Superior Court', status: 'In Progress' },
      { ref: '31845211', caseNumber: 'BC123456', caseName: 'Whitfield v. Sunset Media Group', court: MOSK, status: OK },
      { ref: '31845212', caseNumber: '24STCV05521', caseName: 'Ortega v. Metro Transit Authority', court: MOSK, status: 'In Progress' },
      { ref: '31845213', caseNumber: '25CV01187', caseName: 'Lindqvist v. Redwood Cellars', court: 'Napa Superior Court', status: OK },
      { ref: '31845214', caseNumber: '24STLC03318', caseName: 'Capital Recovery LLC v. Okafor', court: MOSK, status: 'In Progress' },
      { ref: '31845215', caseNumber: '26STCV00412', caseName: 'Brandt v. Solaris Energy', court: MOSK, status: OK },
      // New complaint: no case number yet, and the related case in its note is not its case.
      { ref: '31845216', caseName: 'Pham v. Westside Dental Group', court: MOSK, status: 'In Progress' },
      { ref: '31845217', caseNumber: '3:17-cv-05729-RS', caseName: 'Ngo v. Jennings', court: 'U.S. District Court, N.D. Cal. (San Francisco)', status: OK },
      { ref: '31845218', caseNumber: '25SMCV02290', caseName: 'Feld v. Montana Avenue Partners', court: 'Los Angeles Superior Court – Santa Monica', status: 'In Progress' },
      { ref: '31845219', caseNumber: '19CECG01020', caseName: 'Singh v. Valley Harvest Co-op', court: 'Fresno Superior Court', status: OK },
      { ref: '31845220', caseNumber: '24CV00931', caseName: 'Morales v. Coastline Builders', court: 'Sonoma Superior Court', status: 'In Progress' },
    ]);
  });

  it('orders page: the scanner reads case numbers only from case cells and the one note naming a case', () => {
    const doc = page('one-legal-orders');
    const hits = scanElement(doc.body);
    const inNotes = hits.filter((h) => h.element.closest('td')?.cellIndex !== 1);
    // The only case number outside the Case Number column is the related case in order 31845216's note;
    // hidden rows, the search box, the select and the script are never read.
    expect(inNotes.map((h) => h.raw)).toEqual(['24STCV05521']);
    expect(hits.map((h) => h.key)).not.toContain('26STCV99901');
    expect(hits.map((h) => h.key)).not.toContain('26STCV99902');
    expect(hits.map((h) => h.key)).not.toContain('26STCV99903');
    expect(hits.every((h) => h.row?.localName === 'tr')).toBe(true);
    expect(hits).toHaveLength(20); // 19 case cells + 1 note
  });

  it('matters page → matter codes, case numbers, court, status', () => {
    const ctx = oneLegal.read(page('one-legal-matters'), new URL('https://app.onelegal.com/matters'));
    expect(ctx?.view).toBe('list');
    expect(ctx?.cases).toEqual([
      { matterCode: 'ALV-001', caseNumber: '22STCV11897', court: MOSK, status: 'Active' },
      { matterCode: 'BEC-2023-07', caseNumber: '23CV00274', court: 'Sonoma Superior Court', status: 'Active' },
      { matterCode: '1042.003', caseNumber: '4:13-md-02420-YGR', court: 'U.S. District Court, N.D. Cal. (Oakland)', status: 'Active' },
      { matterCode: '23SMCV00021', caseNumber: '23SMCV00021', court: 'Los Angeles Superior Court – Santa Monica', status: 'Active' },
      { matterCode: 'HRP-2025-11', court: 'Napa Superior Court', status: 'Inactive' },
      { matterCode: 'ORTEGA/METRO', caseNumber: '24STCV05521', court: MOSK, status: 'Active' },
    ]);
  });

  it('a page without an orders or matters table → null', () => {
    const doc = new DOMParser().parseFromString('<h1>Welcome</h1><p>Call (800) 480-3555. Order #12345678 shipped 11/05/2026.</p>', 'text/html');
    expect(oneLegal.read(doc, url)).toBeNull();
  });
});

describe('fsx', () => {
  const url = new URL('https://secure.fileandservexpress.com/filings');

  it('matches fileandservexpress.com hosts only', () => {
    expect(fsx.matches(url)).toBe(true);
    expect(fsx.matches(new URL('https://fileandservexpress.com.example.org/'))).toBe(false);
  });

  it('filings page → ref, case, client matter, status; attorney not reported', () => {
    const ctx = fsx.read(page('fsx-filings'), url);
    const LA = 'CA Superior Court Los Angeles County';
    expect(ctx?.view).toBe('list');
    expect(ctx?.people).toEqual([]);
    expect(ctx?.cases).toEqual([
      { ref: '71234501', caseNumber: '22STCV11897', caseName: 'Alvarez Bakery, LLC v. Greenleaf Properties, Inc.', court: LA, matterCode: 'ALV-001', status: 'Accepted' },
      { ref: '71234502', caseNumber: '23CV00274', caseName: 'Becker v. Nordlicht GmbH', court: 'CA Superior Court Sonoma County', matterCode: 'BEC-2023-07', status: 'Awaiting Review' },
      { ref: '71234503', caseNumber: 'MSC18-00717', caseName: 'Delgado v. Contra Costa Water District', court: 'CA Superior Court Contra Costa County', matterCode: '2210-004', status: 'Rejected' },
      { ref: '71234504', caseNumber: '24STCV05521', caseName: 'Ortega v. Metro Transit Authority', court: LA, status: 'Awaiting Review' },
      { ref: '71234505', caseNumber: 'BC123456', caseName: 'Whitfield v. Sunset Media Group', court: LA, matterCode: 'WHT-88', status: 'Accepted' },
    ]);
  });

  it('no near-miss on the page is read as a case number', () => {
    const keys = scanElement(page('fsx-filings').body).map((h) => h.raw);
    expect(keys).toEqual(['22STCV11897', '23CV00274', 'MSC18-00717', '24STCV05521', 'BC123456']);
  });
});

describe('index', () => {
  it('lists every adapter once, with a match pattern covering each', () => {
    expect(EFILING_ADAPTERS.map((a) => a.id)).toEqual(['pacer', 'odyssey', 'one-legal', 'fsx']);
    for (const p of EFILING_MATCHES) expect(p).toMatch(/^https:\/\/\*\.[a-z.]+\/\*$/);
  });

  it.each([
    ['https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?1', 'pacer'],
    ['https://california.tylerhost.net/ofsweb/Filings', 'odyssey'],
    ['https://app.onelegal.com/orders', 'one-legal'],
    ['https://secure.fileandservexpress.com/', 'fsx'],
    ['https://www.uscourts.gov/', undefined],
    ['https://mail.google.com/', undefined],
  ])('%s → %s', (url, id) => {
    expect(efilingAdapterFor(new URL(url))?.id).toBe(id);
  });

  it('every CaseRef case number on the hand-written pages has a key', () => {
    for (const [name, host] of [['one-legal-orders', 'app.onelegal.com'], ['one-legal-matters', 'app.onelegal.com'], ['fsx-filings', 'secure.fileandservexpress.com'], ['efileca-dashboard', 'california.tylerhost.net']]) {
      const url = new URL(`https://${host}/`);
      for (const c of efilingAdapterFor(url)!.read(page(name!), url)!.cases) if (c.caseNumber) expect(caseCandidates(c.caseNumber, { court: c.court })).not.toEqual([]);
    }
  });
});

describe('table reader edge cases', () => {
  it('skips repeated header rows, tfoot totals and rows without a case, matter or name', () => {
    const doc = new DOMParser().parseFromString(
      `<table>
        <thead><tr><th>Order #</th><th>Case Number</th><th>Case Party Names</th><th>Status</th></tr></thead>
        <tbody>
          <tr><td colspan="4">November 2026</td></tr>
          <tr><td>31845201</td><td>22STCV11897: Alvarez Bakery v. Greenleaf</td><td></td><td>In Progress</td></tr>
          <tr><th>Order #</th><th>Case Number</th><th>Case Party Names</th><th>Status</th></tr>
          <tr><td>31845202</td><td>N/A</td><td>—</td><td>In Progress</td></tr>
        </tbody>
        <tfoot><tr><td></td><td></td><td>Total: 2 orders</td><td></td></tr></tfoot>
      </table>`,
      'text/html',
    );
    expect(oneLegal.read(doc, new URL('https://app.onelegal.com/orders'))?.cases).toEqual([
      // No party-names text: the name after the number in the case cell is used.
      { ref: '31845201', caseNumber: '22STCV11897', caseName: 'Alvarez Bakery v. Greenleaf', status: 'In Progress' },
    ]);
  });
});
