/** @vitest-environment happy-dom */
// Saved pages link stylesheets and scripts: never fetch or run them (the one
// iframe has no src, so loading it only makes an about:blank window).
/** @vitest-environment-options {"settings":{"disableJavaScriptEvaluation":true,"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"enableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}} */
import { describe, expect, it } from 'vitest';
import { caseCandidates } from '../../../../lib/identity/case-number';

const keyOf = (raw: string) => caseCandidates(raw).map((c) => c.key);
import { pacer, scanElement } from '../../../../lib/sites/efiling/tables';
import { parseHtml } from '../../../parse-html';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../../../shared-fixtures';

// Real saved CM/ECF pages, read in place (never copied into the repo).
const load = (name: string) => parseHtml(sharedFixture(`pacer/${name}.html`));
const json = (name: string) => JSON.parse(sharedFixture(`pacer/${name}.json`));

describe('pacer.matches', () => {
  it.each([
    ['https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?263146', true],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf', true],
    ['https://ecf.dcd.uscourts.gov/doc1/04505578698', true],
    ['https://www.uscourts.gov/', false],
    ['https://ecf.cand.uscourts.gov.evil.example/cgi-bin/DktRpt.pl', false],
    ['https://ecf.ca9.uscourts.gov.example.com/', false],
    ['https://x.ecf.cand.uscourts.gov/', false],
  ])('%s → %s', (url, ok) => {
    expect(pacer.matches(new URL(url))).toBe(ok);
  });
});

describe.skipIf(!HAS_SHARED_FIXTURES)(`pacer.read on saved CM/ECF pages${HAS_SHARED_FIXTURES ? '' : ` (${NO_SHARED_FIXTURES})`}`, () => {
  it('docket report: only the caption case, with name and court', () => {
    const ctx = pacer.read(load('dockets__cand_263146'), new URL('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?102907374645-L_1_0-1'));
    const expected = json('dockets__cand_263146');
    // The party table travels beside the case (pacer-parties.test.ts checks its reading).
    const { parties, ...rest } = ctx!;
    expect(parties?.map((p) => [p.label, p.name])).toEqual(expected.parties.map((p: { type: string; name: string }) => [p.type, p.name]));
    expect(rest).toEqual({
      site: 'pacer',
      url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?102907374645-L_1_0-1',
      people: [],
      view: 'docket',
      cases: [
        {
          caseNumber: '4:13-md-02420-YGR',
          caseName: expected.case_name,
          court: 'U.S. District Court, California Northern District (Oakland)',
        },
      ],
    });
    expect(keyOf(ctx!.cases[0]!.caseNumber!)).toEqual(keyOf(expected.docket_number));
  });

  it('case query: the case in bold, its name after it', () => {
    const ctx = pacer.read(load('case_queries__cand_317868'), new URL('https://ecf.cand.uscourts.gov/cgi-bin/iquery.pl?950992001441436-L_1_0-1'));
    const expected = json('case_queries__cand_317868');
    expect(ctx?.view).toBe('docket');
    expect(ctx?.cases).toEqual([{ caseNumber: '3:17-cv-05729-RS', caseName: expected.case_name_raw }]);
    expect(keyOf(ctx!.cases[0]!.caseNumber!)).toEqual(keyOf(expected.docket_number));
  });

  it('case query without its body still reads the title', () => {
    const doc = load('case_queries__cand_317868');
    doc.getElementById('cmecfMainContent')!.remove();
    expect(pacer.read(doc, new URL('https://ecf.cand.uscourts.gov/cgi-bin/iquery.pl'))?.cases).toEqual([{ caseNumber: '3-17-cv-5729' }]);
  });

  it('attachment menu names no case: nothing to show', () => {
    expect(json('attachment_pages__dcd_04505578698').docket_number).toBeUndefined();
    expect(pacer.read(load('attachment_pages__dcd_04505578698'), new URL('https://ecf.dcd.uscourts.gov/doc1/04505578698'))).toBeNull();
  });

  it('the generic scanner finds only real case numbers on the docket (no phones, dates, appeals numbers)', () => {
    const keys = scanElement(load('dockets__cand_263146').body).flatMap((h) => keyOf(h.raw));
    // The JPML transfer order in the docket text names the MDL itself ("MDL No. 2420"): a real case number too.
    expect(keys).toEqual(['case:US:13-MD-02420', 'case:US:15-CV-02987', 'case:US:16-CV-04018', 'case:US:17-CV-03672', 'case:US:15-CV-01948', 'case:US:MDL-2420']);
  });
});
