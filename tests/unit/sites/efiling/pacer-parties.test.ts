/** @vitest-environment jsdom */
// Docket parties read with jsdom (a standards-conformant HTML parser), from the
// real saved N.D. Cal. docket and from hand-written fragments, then mapped to
// matter-person roles. happy-dom, which the other unit tests use, reads the
// same pages to the same parties.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { guessClientParties, proposeMatterPeople } from '../../../../lib/identity/docket-people';
import { partySide, readDocketParties, type DocketParty } from '../../../../lib/sites/efiling/pacer-parties';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../../../shared-fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const local = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/pacer', name), 'utf8');
const HAND = local('docket-parties.2026-11.html');

function withHappyDom(html: string): DocketParty[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  try {
    return readDocketParties(doc as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

describe.skipIf(!HAS_SHARED_FIXTURES)(`the saved N.D. Cal. docket${HAS_SHARED_FIXTURES ? '' : ` (${NO_SHARED_FIXTURES})`}`, () => {
  const html = HAS_SHARED_FIXTURES ? sharedFixture('pacer/dockets__cand_263146.html') : '';

  it('reads the parties juriscraper lists, with their attorneys, firms and addresses', () => {
    const expected = JSON.parse(sharedFixture('pacer/dockets__cand_263146.json')) as {
      parties: { name: string; type: string; attorneys: { name: string; contact: string; roles: string[] }[] }[];
    };
    const parties = readDocketParties(parse(html));
    expect(parties.map((p) => [p.label, p.name])).toEqual(expected.parties.map((p) => [p.type, p.name]));
    const [young] = parties;
    expect(young!.side).toBe('initiating');
    expect(young!.proSe).toBe(false);
    expect(young!.attorneys.map((a) => a.name)).toEqual(expected.parties[0]!.attorneys.map((a) => a.name));
    expect(young!.attorneys.map((a) => a.designations)).toEqual(expected.parties[0]!.attorneys.map((a) => a.roles));
    // Each attorney's address and firm are the ones in juriscraper's contact block.
    young!.attorneys.forEach((a, i) => {
      const contact = expected.parties[0]!.attorneys[i]!.contact;
      expect(contact.split('\n')[0]).toBe(a.firm);
      expect(a.emails).toEqual([/Email: (\S+)/.exec(contact)![1]]);
    });
    expect(young!.attorneys[0]).toEqual({
      name: 'Jeff D Friedman',
      firm: 'Hagens Berman Sobol Shapiro LLP',
      emails: ['jefff@hbsslaw.com'],
      phone: '(510) 725-3000',
      designations: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
    });
  });

  it('happy-dom reads the same', () => {
    expect(withHappyDom(html)).toEqual(readDocketParties(parse(html)));
  });

  it('importing for a client on the other side: the plaintiff is an adverse party, his attorneys opposing counsel', () => {
    const parties = readDocketParties(parse(html));
    // Nobody on this docket is the client: the roles wait for the user's choice.
    expect(proposeMatterPeople(parties, []).map((p) => p.role)).toEqual(Array(6).fill('other'));
    // The client is a defendant not on this page: no side known either.
    const noSide = proposeMatterPeople(parties, [99]);
    expect(new Set(noSide.map((p) => p.role))).toEqual(new Set(['other']));
    // The plaintiff is the client: his attorneys become co-counsel, unless they are the user's own firm.
    const asPlaintiff = proposeMatterPeople(parties, [0], { firm: { domains: ['hbsslaw.com'] } });
    expect(asPlaintiff.map((p) => [p.name, p.role, p.include, p.why])).toEqual([
      ['Jeff D Friedman', 'co-counsel', false, 'colleague'],
      ['George W. Sampson', 'co-counsel', false, 'colleague'],
      ['Jason Allen Zweig', 'co-counsel', false, 'colleague'],
      ['Shana E. Scarlett', 'co-counsel', false, 'colleague'],
      ['Steve W. Berman', 'co-counsel', false, 'colleague'],
    ]);
    expect(asPlaintiff[0]!.docketLabel).toBe('Counsel for Plaintiff Kevin Young');
  });
});

describe('a hand-written civil docket (tests/fixtures/pacer/docket-parties.2026-11.html)', () => {
  const parties = readDocketParties(parse(HAND));

  it('reads every party with its label and side, stopping at the docket entries', () => {
    expect(parties.map((p) => [p.label, p.side, p.name, p.terminated ?? '', p.proSe])).toEqual([
      ['Plaintiff', 'initiating', 'Elena Ruiz', '', false],
      ['Plaintiff', 'initiating', 'Tomas Ruiz', '', true],
      ['Defendant', 'responding', 'Harbor Properties, LLC', '', false],
      ['Defendant', 'responding', 'Harbor Management Group, Inc.', '05/01/2024', false],
      ['Counter Claimant', 'responding', 'Harbor Properties, LLC', '', false],
      ['Interested Party', 'neutral', 'Pacific Mutual Insurance Company', '', false],
      ['Mediator', 'neutral', 'Hon. Rosa Lind (Ret.)', '', false],
    ]);
    expect(parties[2]!.details).toEqual(['a California limited liability company']);
  });

  it('reads attorneys: firm, every address, phone, terminated; a pro se party keeps its own address', () => {
    expect(parties[0]!.attorneys).toEqual([
      {
        name: 'Maria Chen',
        firm: 'Chen Tenant Law',
        emails: ['mchen@chentenantlaw.com'],
        phone: '(415) 555-0100',
        designations: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
      },
    ]);
    expect(parties[1]).toMatchObject({ proSe: true, emails: ['tomas.ruiz@example.net'], attorneys: [] });
    expect(parties[2]!.attorneys).toEqual([
      {
        name: 'Victor Brandt',
        firm: 'Brandt Defense LLP',
        emails: ['vbrandt@brandt-defense.com'],
        phone: '415.555.0199',
        designations: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
      },
      {
        name: 'Ana Diaz',
        firm: 'Brandt Defense LLP',
        emails: ['adiaz@brandt-defense.com', 'docketing@brandt-defense.com'],
        designations: [],
        terminated: '06/13/2024',
      },
    ]);
    // An address as the first line is not a firm.
    expect(parties[5]!.attorneys).toEqual([{ name: 'Dana Okafor', emails: [], designations: ['ATTORNEY TO BE NOTICED'] }]);
    expect(parties[6]!.attorneys).toEqual([]);
  });

  it('happy-dom reads the same', () => {
    expect(withHappyDom(HAND)).toEqual(parties);
  });

  it('for the plaintiff Elena Ruiz: who becomes what', () => {
    const proposals = proposeMatterPeople(parties, [0], { firm: { domains: ['chentenantlaw.com'] } });
    expect(proposals.map((p) => [p.name, p.role, p.docketLabel, p.include, p.why ?? ''])).toEqual([
      ['Maria Chen', 'co-counsel', 'Counsel for Plaintiff Elena Ruiz', false, 'colleague'],
      ['Tomas Ruiz', 'other', 'Plaintiff', true, ''],
      ['Harbor Properties, LLC', 'adverse-party', 'Defendant, Counter Claimant', true, ''],
      [
        'Victor Brandt',
        'opposing-counsel',
        'Counsel for Defendant Harbor Properties, LLC; Defendant Harbor Management Group, Inc.; Counter Claimant Harbor Properties, LLC',
        true,
        '',
      ],
      ['Ana Diaz', 'opposing-counsel', 'Counsel for Defendant Harbor Properties, LLC', false, 'terminated'],
      ['Harbor Management Group, Inc.', 'adverse-party', 'Defendant', false, 'terminated'],
      ['Pacific Mutual Insurance Company', 'other', 'Interested Party', true, ''],
      ['Dana Okafor', 'other', 'Counsel for Interested Party Pacific Mutual Insurance Company', true, ''],
      ['Hon. Rosa Lind (Ret.)', 'other', 'Mediator', true, ''],
    ]);
    const brandt = proposals.find((p) => p.name === 'Victor Brandt')!;
    expect(brandt).toMatchObject({ kind: 'attorney', emails: ['vbrandt@brandt-defense.com'], organisation: 'Brandt Defense LLP' });
    expect(proposals.find((p) => p.name === 'Harbor Properties, LLC')).toMatchObject({ kind: 'party', organisation: 'Harbor Properties, LLC' });
    expect(proposals.find((p) => p.name === 'Tomas Ruiz')).toMatchObject({ emails: ['tomas.ruiz@example.net'] });
    expect(proposals.find((p) => p.name === 'Tomas Ruiz')!.organisation).toBeUndefined();
  });

  it('for the defendant Harbor Properties the sides swap', () => {
    const proposals = proposeMatterPeople(parties, [2, 4]);
    const role = (name: string) => proposals.find((p) => p.name === name)?.role;
    expect(proposals.some((p) => p.name === 'Harbor Properties, LLC')).toBe(false);
    expect(role('Elena Ruiz')).toBe('adverse-party');
    expect(role('Tomas Ruiz')).toBe('adverse-party');
    expect(role('Maria Chen')).toBe('opposing-counsel');
    expect(role('Victor Brandt')).toBe('co-counsel');
    expect(role('Harbor Management Group, Inc.')).toBe('other');
    expect(role('Pacific Mutual Insurance Company')).toBe('other');
  });

  it('people already on the matter are offered again only as such', () => {
    const proposals = proposeMatterPeople(parties, [0], {
      existing: [
        { id: 'p-brandt', name: 'V. Brandt', emails: ['VBRANDT@brandt-defense.com'] },
        { id: 'p-harbor', name: 'Harbor Properties, LLC' },
      ],
    });
    expect(proposals.filter((p) => p.existingId).map((p) => [p.name, p.existingId, p.include, p.why])).toEqual([
      ['Harbor Properties, LLC', 'p-harbor', false, 'on-matter'],
      ['Victor Brandt', 'p-brandt', false, 'on-matter'],
    ]);
  });

  it('guesses the client party: the firm’s own client first, then by name or address', () => {
    expect(guessClientParties(parties, { name: 'Someone Else' }, { domains: ['chentenantlaw.com'] })).toEqual([0]);
    expect(guessClientParties(parties, { name: 'Harbor Properties LLC' })).toEqual([2, 4]);
    expect(guessClientParties(parties, { name: 'Ruiz, Elena' })).toEqual([0]);
    expect(guessClientParties(parties, { name: 'T. Ruiz', emails: ['Tomas.Ruiz@example.net'] })).toEqual([1]);
    expect(guessClientParties(parties, { name: 'Nobody Here' })).toEqual([]);
  });
});

describe('a hand-written multi-party docket (tests/fixtures/pacer/docket-multi-party-ord.2026-11.html)', () => {
  const ORD = local('docket-multi-party-ord.2026-11.html');
  const parties = readDocketParties(parse(ORD));
  // Marwick & Osei's own domain, and Daniel Osei's address on another one.
  const firm = { domains: ['marwickosei.example'], addresses: ['DOsei@oseilegal.example'] };

  it('reads every party: several per side, an intervenor, counter labels, pro se, no counsel yet', () => {
    expect(parties.map((p) => [p.label, p.side, p.name, p.proSe, p.attorneys.map((a) => a.name).join(', ')])).toEqual([
      ['Plaintiff', 'initiating', 'Willamette Orchard Growers Cooperative', false, 'Lena Marwick, Daniel Osei, Ruth Halvorsen'],
      ['Plaintiff', 'initiating', 'Jun Takahashi', false, 'Lena Marwick'],
      ['Plaintiff', 'initiating', 'Hollis Pratt', true, ''],
      ['Intervenor Plaintiff', 'initiating', 'Hood River Fruit Packers Association', false, 'Celia Nakamura-Boyd'],
      ['Defendant', 'responding', 'Cascadia Agritech, Inc.', false, 'Graham Ostrander, Priya Venkataraman, Owen Reddick'],
      ['Defendant', 'responding', 'Skyline Aerial Applicators LLC', false, 'Marcus Delacroix-Whitfield'],
      ['Defendant', 'responding', 'Roy Ackerly', false, ''],
      ['Counter Claimant', 'responding', 'Cascadia Agritech, Inc.', false, 'Graham Ostrander'],
      ['Counter Defendant', 'initiating', 'Willamette Orchard Growers Cooperative', false, 'Lena Marwick'],
    ]);
    expect(parties[2]!.emails).toEqual(['hpratt@pratt-farm.example']);
    expect(parties[6]!.details).toEqual(['individually and doing business as Ackerly Crop Dusting']);
    expect(parties[4]!.attorneys[0]).toEqual({
      name: 'Graham Ostrander',
      firm: 'Pelletier Vance LLP',
      emails: ['gostrander@pelletiervance.example', 'pdxdocket@pelletiervance.example'],
      phone: '(503) 555-0170',
      designations: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
    });
    expect(parties[4]!.attorneys[2]).toMatchObject({ name: 'Owen Reddick', terminated: '09/03/2025', designations: [] });
  });

  it('"(See above for address)" is a pointer back, not a firm', () => {
    for (const i of [1, 7, 8]) expect(parties[i]!.attorneys[0]).toEqual({ name: parties[i]!.attorneys[0]!.name, emails: [], designations: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'] });
  });

  it('happy-dom reads the same', () => {
    expect(withHappyDom(ORD)).toEqual(parties);
  });

  it('the firm’s client is guessed with every listing of it, and is never proposed to itself', () => {
    // By the firm's colleagues (Lena Marwick's address) and by name; the Counter
    // Defendant listing only says "See above", yet it is the same client.
    expect(guessClientParties(parties, { name: 'Marta Lindqvist' }, firm)).toEqual([0, 8]);
    expect(guessClientParties(parties, { name: 'Willamette Orchard Growers Cooperative' })).toEqual([0, 8]);
    expect(guessClientParties(parties, { name: 'Marta Lindqvist' })).toEqual([]);
    // One listing picked by hand counts for both.
    expect(proposeMatterPeople(parties, [0]).some((p) => p.name === 'Willamette Orchard Growers Cooperative')).toBe(false);
  });

  it('for the plaintiff cooperative: who becomes what, colleagues by domain and by address left unticked', () => {
    const proposals = proposeMatterPeople(parties, [0, 8], { firm });
    expect(proposals.map((p) => [p.name, p.role, p.include, p.why ?? ''])).toEqual([
      ['Lena Marwick', 'co-counsel', false, 'colleague'],
      ['Daniel Osei', 'co-counsel', false, 'colleague'],
      ['Ruth Halvorsen', 'co-counsel', true, ''],
      ['Jun Takahashi', 'other', true, ''],
      ['Hollis Pratt', 'other', true, ''],
      ['Hood River Fruit Packers Association', 'other', true, ''],
      ['Celia Nakamura-Boyd', 'co-counsel', true, ''],
      ['Cascadia Agritech, Inc.', 'adverse-party', true, ''],
      ['Graham Ostrander', 'opposing-counsel', true, ''],
      ['Priya Venkataraman', 'opposing-counsel', true, ''],
      ['Owen Reddick', 'opposing-counsel', false, 'terminated'],
      ['Skyline Aerial Applicators LLC', 'adverse-party', true, ''],
      ['Marcus Delacroix-Whitfield', 'opposing-counsel', true, ''],
      ['Roy Ackerly', 'adverse-party', true, ''],
    ]);
    const marwick = proposals.find((p) => p.name === 'Lena Marwick')!;
    expect(marwick.docketLabel).toBe(
      'Counsel for Plaintiff Willamette Orchard Growers Cooperative; Plaintiff Jun Takahashi; Counter Defendant Willamette Orchard Growers Cooperative',
    );
    expect(marwick.organisation).toBe('Marwick & Osei LLP');
    expect(proposals.find((p) => p.name === 'Graham Ostrander')!.emails).toEqual(['gostrander@pelletiervance.example', 'pdxdocket@pelletiervance.example']);
  });

  it('without a firm in Settings nobody is a colleague; a public-mail address never makes one', () => {
    expect(proposeMatterPeople(parties, [0]).filter((p) => p.why === 'colleague')).toEqual([]);
    const loose = proposeMatterPeople(parties, [0], { firm: { domains: ['gmail.com'], addresses: [] } });
    expect(loose.filter((p) => p.why === 'colleague').map((p) => p.name)).toEqual([]);
  });

  it('a colleague is a colleague whichever side the client is on, and a pro se colleague too', () => {
    const asDefendant = proposeMatterPeople(parties, [4], { firm });
    expect(asDefendant.find((p) => p.name === 'Lena Marwick')).toMatchObject({ role: 'co-counsel', include: false, why: 'colleague' });
    const proSe = proposeMatterPeople(parties, [0], { firm: { domains: [], addresses: ['hpratt@pratt-farm.example'] } });
    expect(proSe.find((p) => p.name === 'Hollis Pratt')).toMatchObject({ role: 'co-counsel', include: false, why: 'colleague' });
  });
});

describe('a hand-written criminal docket', () => {
  it('section headings (Pending Counts, Complaints …) are not parties', () => {
    const parties = readDocketParties(parse(local('docket-criminal.2026-11.html')));
    expect(parties.map((p) => [p.label, p.side, p.name])).toEqual([
      ['Defendant (1)', 'responding', 'John Doe'],
      ['Plaintiff', 'initiating', 'USA'],
    ]);
    expect(parties[0]!.attorneys[0]).toMatchObject({
      name: 'Priya Raman',
      firm: 'Federal Public Defender',
      emails: ['priya_raman@fd.org'],
      designations: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED', 'Designation: Public Defender or Community Defender Appointment'],
    });
  });
});

describe('pages without parties', () => {
  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['a docket query form', '<div id="cmecfMainContent"><form><table><tr><td><b>Case Number</b></td><td><input></td></tr></table></form></div>'],
    ['docket entries only', '<table><tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr><tr><td><b><u>Plaintiff</u></b></td></tr></table>'],
  ])('%s → none', (_what, html) => {
    expect(readDocketParties(parse(html))).toEqual([]);
  });

  it('a hostile page cannot smuggle markup through a name: names are text', () => {
    const html = '<table><tr><td><b><u>Defendant</u></b></td></tr><tr><td><b>&lt;img src=x onerror=alert(1)&gt; Evil Corp</b></td></tr></table>';
    expect(readDocketParties(parse(html))[0]!.name).toBe('<img src=x onerror=alert(1)> Evil Corp');
  });
});

describe('partySide', () => {
  it.each([
    ['Plaintiff', 'initiating'],
    ['Petitioner', 'initiating'],
    ['Appellant', 'initiating'],
    ['Intervenor Plaintiff', 'initiating'],
    ['Consolidated Plaintiff', 'initiating'],
    ['Counter Defendant', 'initiating'],
    ['Counter-Defendant', 'initiating'],
    ['Defendant', 'responding'],
    ['Defendant (12)', 'responding'],
    ['Respondent', 'responding'],
    ['Appellee', 'responding'],
    ['Counter Claimant', 'responding'],
    ['Counter-Claimant', 'responding'],
    ['ThirdParty Plaintiff', 'responding'],
    ['ThirdParty Defendant', 'neutral'],
    ['Third Party Plaintiff', 'responding'],
    ['Third Party Defendant', 'neutral'],
    ['Cross Claimant', 'neutral'],
    ['Cross Defendant', 'neutral'],
    ['Interested Party', 'neutral'],
    ['Intervenor', 'neutral'],
    ['Mediator', 'neutral'],
    ['Movant', 'neutral'],
    ['Debtor', 'neutral'],
    ['Trustee', 'neutral'],
  ])('%s → %s', (label, side) => {
    expect(partySide(label)).toBe(side);
  });
});
