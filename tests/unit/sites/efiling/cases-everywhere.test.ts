/** @vitest-environment happy-dom */
// Issue 12 on pages: the court of a page from its host, the adapter by the
// page's structure, bankruptcy and out-of-state Odyssey pages, row-less grids.
// Saved and hand-written pages are parsed with jsdom (tests/parse-html.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCandidates } from '../../../../lib/identity/case-number';
import { CATALOGUE } from '../../../../lib/sites/efiling/catalogue';
import { courtOfHost } from '../../../../lib/sites/efiling/court-of-page';
import { pageFacts } from '../../../../lib/identity/case-reader';
import { adapterForPage, genericPortal, odyssey, oneLegal, pacer } from '../../../../lib/sites/efiling/tables';
import { parseHtml } from '../../../parse-html';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../../../shared-fixtures';

const local = (p: string) => readFileSync(path.resolve(__dirname, '../../../fixtures', p), 'utf8');

describe('courtOfHost', () => {
  it.each([
    ['ecf.cand.uscourts.gov', 'cand'],
    ['ecf.nysb.uscourts.gov', 'nysb'],
    ['pacer.alnb.uscourts.gov', 'alnb'],
    ['ecf.ca9.uscourts.gov', 'ca9'],
    ['ecf.jpml.uscourts.gov', 'jpml'],
    ['ecf.nowhere.uscourts.gov', undefined],
    ['canapaportal.tylerhost.net', 'ca-napa'],
    ['cabutteodyprod.tylerhost.net', 'ca-butte'],
    ['gaspaldingprodportal.tylerhost.net', 'ga-spalding'],
    ['txkaufmanportal.tylerhost.net', 'tx-kaufman'],
    ['california.tylerhost.net', 'ca'],
    ['efilega.tylerhost.net', 'ga'],
    ['illinois-stage.tylerhost.net', 'il'],
    ['portal.napa.courts.ca.gov', 'ca-napa'],
    ['ody.dekalbcountyga.gov', 'ga-dekalb'],
    ['cmsportal.chathamcounty.org', 'ga-chatham'],
    ['odysseyportal.courts.wa.gov', 'wa'],
    ['portal-dc.tylertech.cloud', 'dc'],
    ['portal-dc-test.tylertech.cloud', 'dc'],
    ['app.onelegal.com', undefined],
  ])('%s → %s', (host, court) => {
    expect(courtOfHost(host)).toBe(court);
  });

  it('every catalogue entry has a source, a state and a court', () => {
    for (const c of CATALOGUE) {
      expect(c.source.length).toBeGreaterThan(5);
      expect(courtOfHost(c.host)?.startsWith(c.state)).toBe(true);
    }
  });
});

describe('adapterForPage: by structure first, then host', () => {
  it.each([
    ['<div id="cmecfMainContent"><h3>x</h3></div>', 'https://ecf.court-mirror.example/cgi-bin/DktRpt.pl?1', 'pacer'],
    ['<div id="caseInformationDiv"></div>', 'https://ody.dekalbcountyga.gov/portal/Case/CaseDetail', 'odyssey'],
    ['<div id="SmartSearchResults"></div>', 'https://records.example-county.gov/search', 'odyssey'],
    ['<p>hi</p>', 'https://cmsportal.chathamcounty.org/PortalProd/Home/Dashboard/29', 'odyssey'],
    ['<p>hi</p>', 'https://publicportal.courts.ri.gov/PublicPortal/', 'odyssey'],
    ['<p>hi</p>', 'https://app.onelegal.com/orders', 'one-legal'],
    ['<p>hi</p>', 'https://efile.example-court.test/filings', 'portal'],
  ])('%s on %s → %s', (html, url, id) => {
    expect(adapterForPage(parseHtml(html, url), new URL(url)).id).toBe(id);
  });

  it('the county-hosted Odyssey portals of FORMATS.md are recognised by host (the background knows the catalogue)', () => {
    for (const host of ['portal.napa.courts.ca.gov', 'cmsportal.chathamcounty.org', 'ody.dekalbcountyga.gov']) {
      expect(pageFacts(host).odyssey).toBe(true);
      expect(adapterForPage(parseHtml('<p>hi</p>', `https://${host}/`), new URL(`https://${host}/`))).toMatchObject({ id: 'odyssey' });
    }
    expect(odyssey.matches(new URL('https://canapaportal.tylerhost.net/'))).toBe(true);
    expect(genericPortal.id).toBe('portal');
  });
});

describe('pacer: bankruptcy docket (hand-written page)', () => {
  it('reads the petition number with its court; nothing from the docket text', () => {
    const url = new URL('https://ecf.alnb.uscourts.gov/cgi-bin/DktRpt.pl?123456789012345-L_1_0-1');
    const ctx = pacer.read(parseHtml(local('pacer/bankruptcy-docket.2026-11.html'), url.href), url);
    expect(ctx?.view).toBe('docket');
    expect(ctx?.cases).toEqual([{ caseNumber: '24-80417-CRJ7 (alnb)', court: 'U.S. Bankruptcy Court, Northern District of Alabama (Decatur)' }]);
    expect(caseCandidates(ctx!.cases[0]!.caseNumber!)).toEqual([{ key: 'case:US:24-BK-80417', court: 'alnb' }]);
  });

  it('the same page on a district court host reads nothing bare', () => {
    const url = new URL('https://ecf.alnd.uscourts.gov/cgi-bin/DktRpt.pl?1');
    expect(pacer.read(parseHtml(local('pacer/bankruptcy-docket.2026-11.html'), url.href), url)).toBeNull();
  });
});

describe('odyssey: a Georgia register of actions (hand-written page)', () => {
  it('reads the number by its label, with the county court from the host', () => {
    const url = new URL('https://gaspaldingprodportal.tylerhost.net/Portal/Case/CaseDetail?caseId=9');
    const ctx = odyssey.read(parseHtml(local('odyssey/spalding-register.2026-11.html'), url.href), url);
    expect(ctx?.cases).toEqual([
      { caseNumber: 'SUCV2021000456 (ga-spalding)', caseName: 'Pike Creek Orchards, Inc. vs Griffin Cold Storage, LLC', court: 'Spalding Superior Court' },
    ]);
    expect(caseCandidates(ctx!.cases[0]!.caseNumber!)).toEqual([{ key: 'case:GA:SUCV2021000456', court: 'ga-spalding' }]);
  });

  it('reads a Washington number on the statewide portal by its label', () => {
    const url = new URL('https://odysseyportal.courts.wa.gov/ODYPORTAL/Case/CaseDetail');
    const html = '<div><span class="text-muted">Case Number</span><br>21-2-01234-31</div><div><span class="text-muted">Court</span><br>Snohomish Superior</div>';
    expect(odyssey.read(parseHtml(html, url.href), url)?.cases).toEqual([{ caseNumber: '21-2-01234-31', court: 'Snohomish Superior' }]);
  });
});

describe('row-less grid (hand-written One Legal page)', () => {
  it('reads every row by header text: case number, billing code, court and status of the same row', () => {
    const url = new URL('https://app.onelegal.com/orders');
    expect(oneLegal.read(parseHtml(local('efiling/one-legal-orders-grid.2026-11.html'), url.href), url)?.cases).toEqual([
      { ref: '41900101', caseNumber: '24STCV20001', matterCode: 'ACME-2026-01', caseName: 'Acme Tools v. Brightline Freight', court: 'Los Angeles Superior', status: 'Complete: Accepted by Court' },
      { ref: '41900102', caseNumber: '25CV01187', matterCode: 'LQV-0003', caseName: 'Lindqvist v. Redwood Cellars', court: 'Sonoma Superior', status: 'Rejected by Court' },
      { ref: '41900103', caseNumber: '24STCV20003', caseName: 'Ortega v. Sunset Plaza LLC', court: 'Los Angeles Superior', status: 'In Progress' },
      { ref: '41900104', caseNumber: '25CV01187', matterCode: 'KHL-2025-77', caseName: 'Kahale v. Redwood Cellars', court: 'Napa Superior', status: 'In Progress' },
    ]);
  });
});

describe.skipIf(!HAS_SHARED_FIXTURES)(`parser parity on a saved docket with another extension's markup${HAS_SHARED_FIXTURES ? '' : ` (${NO_SHARED_FIXTURES})`}`, () => {
  // An extension that decorated the flags table left a <div> directly inside
  // <table> in the saved HTML. Browsers foster-parent it before the table
  // (HTML parsing spec, "in table" insertion mode) and the caption stays in
  // #cmecfMainContent; tests/e2e/cases.spec.ts checks Chromium does exactly that.
  const stray = () =>
    sharedFixture('pacer/dockets__cand_263146.html').replace(
      '<table border="0" cellspacing="0" width="100%">',
      '<table border="0" cellspacing="0" width="100%"><div class="ext-toolbar">Saved with a toolbar</div>',
    );

  it('jsdom keeps the caption inside #cmecfMainContent and the adapter reads it', () => {
    const url = new URL('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1');
    const doc = parseHtml(stray(), url.href);
    expect(doc.querySelector('#cmecfMainContent h3')?.textContent).toContain('4:13-md-02420-YGR');
    expect(doc.querySelector('#cmecfMainContent > .ext-toolbar + table')).not.toBeNull();
    expect(pacer.read(doc, url)?.cases[0]?.caseNumber).toBe('4:13-md-02420-YGR');
  });

  it('whatever the parser does with it, the adapter still finds the caption', () => {
    const url = new URL('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1');
    const happy = new DOMParser().parseFromString(stray(), 'text/html');
    expect(pacer.read(happy, url)?.cases[0]?.caseNumber).toBe('4:13-md-02420-YGR');
  });
});

describe('pacer: a bankruptcy caption as bold lines in a <center> (2020s layout)', () => {
  // Markup shape as public CM/ECF parsers' tests show it (2026-11); names and numbers made up.
  const html = (n: string) => `<title>${n} In re: Ada Quill</title><div id="cmecfMainContent"><center>
    <b>U.S. Bankruptcy Court</b><br><b>Eastern District of New York (Brooklyn)</b><br>
    <b>Bankruptcy Petition #: ${n}</b><br><b>Date filed: 09/15/2026</b><br><b>Chapter 11</b></center>
    <table><tr><td>Claim No. 4-1; related 25-40991-jmm</td></tr></table></div>`;

  it.each([
    ['1:26-bk-41234-jmm', '1:26-bk-41234-jmm', 'case:US:26-BK-41234'],
    ['26-41234-jmm', '26-41234-jmm (nyeb)', 'case:US:26-BK-41234'],
  ])('%s → %s', (n, caseNumber, key) => {
    const url = new URL('https://ecf.nyeb.uscourts.gov/cgi-bin/DktRpt.pl?1');
    const ctx = pacer.read(parseHtml(html(n), url.href), url);
    expect(ctx?.cases).toEqual([{ caseNumber, court: 'U.S. Bankruptcy Court, Eastern District of New York (Brooklyn)' }]);
    expect(caseCandidates(caseNumber).map((c) => c.key)).toEqual([key]);
  });
});
