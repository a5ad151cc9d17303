/** @vitest-environment happy-dom */
// Saved pages link stylesheets and scripts: never fetch or run them (the one
// iframe has no src, so loading it only makes an about:blank window).
/** @vitest-environment-options {"settings":{"disableJavaScriptEvaluation":true,"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"enableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}} */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { odyssey, scanElement } from '../../../../lib/sites/efiling/tables';
import { parseHtml } from '../../../parse-html';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../../../shared-fixtures';

const parse = (html: string) => parseHtml(html);
const shared = (p: string) => parse(sharedFixture(p));
const local = (p: string) => parse(readFileSync(path.resolve(__dirname, '../../../fixtures/efiling', p), 'utf8'));

describe('odyssey.matches', () => {
  it.each([
    ['https://california.tylerhost.net/ofsweb/Filings', true],
    ['https://cabutteodyprod.tylerhost.net/Portal/Home/Dashboard/29', true],
    ['https://portal-nc.tylertech.cloud/Portal/', true],
    ['https://tylerhost.net.example.com/', false],
    ['https://example.com/Portal/', false],
  ])('%s → %s', (url, ok) => {
    expect(odyssey.matches(new URL(url))).toBe(ok);
  });
});

describe('odyssey.read', () => {
  it.skipIf(!HAS_SHARED_FIXTURES)(`register of actions (saved Napa page) → 18CV001704${HAS_SHARED_FIXTURES ? '' : ` (${NO_SHARED_FIXTURES})`}`, () => {
    const url = new URL('https://canapaportal.tylerhost.net/Portal/Case/CaseDetail?caseId=480035');
    expect(odyssey.read(shared('odyssey/court-scraper__ca_napa_18CV001704.html'), url)).toEqual({
      site: 'odyssey',
      url: url.href,
      people: [],
      view: 'docket',
      cases: [
        {
          caseNumber: '18CV001704',
          caseName: 'Loving Life Real Estate, LLC vs Jose Saldana et al',
          court: 'Superior Court of Napa - Civil',
        },
      ],
    });
  });

  it.skipIf(!HAS_SHARED_FIXTURES)(`the generic scanner finds nothing else on the saved Napa page${HAS_SHARED_FIXTURES ? '' : ` (${NO_SHARED_FIXTURES})`}`, () => {
    const keys = scanElement(shared('odyssey/court-scraper__ca_napa_18CV001704.html').body).map((h) => h.key);
    expect(new Set(keys)).toEqual(new Set(['18CV001704']));
  });

  it('classic Odyssey case detail (PublicAccess) falls back to .ssCaseDetailCaseNbr', () => {
    const doc = parse('<div class="ssCaseDetailCaseNbr">Case No. <span>22STCV11897</span></div>');
    expect(odyssey.read(doc, new URL('https://x.tylerhost.net/PublicAccess/CaseDetail.aspx?CaseID=1'))?.cases).toEqual([{ caseNumber: '22STCV11897' }]);
  });

  it('eFile filings dashboard → one CaseRef per envelope, view list', () => {
    const url = new URL('https://california.tylerhost.net/ofsweb/Filings');
    const ctx = odyssey.read(local('efileca-dashboard.2026-11.html'), url);
    expect(ctx?.view).toBe('list');
    expect(ctx?.cases).toEqual([
      { ref: '23456781', caseNumber: '22STCV11897', caseName: 'Alvarez Bakery, LLC v. Greenleaf Properties, Inc.', status: 'Accepted' },
      { ref: '23456782', caseNumber: '23CV00274', caseName: 'Becker v. Nordlicht GmbH', status: 'Rejected' },
      { ref: '23456783', caseName: 'Pham v. Westside Dental Group', status: 'Draft' },
      { ref: '23456784', caseNumber: '37-2023-00008265-CU-TT-CTL', caseName: 'Nguyen v. Pacific Coast Lending', status: 'Submitted' },
      { ref: '23456785', caseNumber: '17CECG03259', caseName: 'Fresno Irrigation District v. Dalton', status: 'Under Review' },
      { ref: '23456786', caseNumber: 'CGC-10-501886', caseName: 'Russo v. Bay Freight Lines', status: 'Returned' },
      { ref: '23456787', caseNumber: '25CV01187', caseName: 'Lindqvist v. Redwood Cellars', status: 'Served' },
    ]);
  });

  it('a page with no register and no filings table → null', () => {
    expect(odyssey.read(parse('<p>Envelope 23456780 submitted 11/05/2026</p>'), new URL('https://california.tylerhost.net/'))).toBeNull();
  });
});
