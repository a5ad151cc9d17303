import { describe, expect, it } from 'vitest';
import { caseCandidates, caseDisplay, caseRef, findCaseNumbers, matterCaseKeys, readCaseField } from '../../../lib/identity/case-number';
import { STATE_FORMATS, TABLE_STATES } from '../../../lib/identity/state-formats';
import { caseHolders, identifierQueries } from '../../../lib/identity/court-match';

const keys = (raw: string, court?: string) => caseCandidates(raw, { court }).map((c) => c.key);
const courts = (raw: string, court?: string) => caseCandidates(raw, { court }).map((c) => c.court);
const found = (text: string, opts = {}) => findCaseNumbers(text, opts).map((h) => h.raw);

// Near misses every jurisdiction must refuse, typed or in free text.
const NEAR_MISSES = [
  '415-555-0123',
  '(415) 555-0123',
  '2023-11-05',
  '11/05/2023',
  '94710-1234', // ZIP+4
  '12345678', // order / envelope number
  'Order #12345678',
  'ORD-2023-000123',
  '2023',
  '10:30 AM',
  '$1,234.56',
  '12202312345678', // 14-digit envelope number
  'DEF-000123',
  '28 U.S.C. § 1332',
  '42 U.S.C. 1983',
  '2:20-cv-00000', // no sequence
  '99-2023-00008265-CU-TT-CTL', // no California county 99
  '16-17235', // an appeals number without its court
  '21-40123', // a bankruptcy number without its court
];

describe('federal (CM/ECF)', () => {
  // [as typed or printed, court, key, court of the key]
  const FEDERAL: [string, string | undefined, string, string | undefined][] = [
    ['2:20-cv-01234-BBD-dkv', undefined, 'case:US:20-CV-01234', undefined],
    ['4:13-md-02420-YGR', 'N.D. Cal.', 'case:US:13-MD-02420', 'cand'],
    ['3:17-cv-5729', undefined, 'case:US:17-CV-05729', undefined],
    ['3-17-cv-5729', undefined, 'case:US:17-CV-05729', undefined], // case-query title
    ['4:17-cv-05729-YGR', undefined, 'case:US:17-CV-05729', undefined], // reassigned: new office digit, same case
    ['2:2020-cv-1234', undefined, 'case:US:20-CV-01234', undefined],
    ['1:19-cr-00123-JAM-1', undefined, 'case:US:19-CR-00123', undefined], // defendant suffix
    ['1:18-mc-00321-P1', undefined, 'case:US:18-MC-00321', undefined], // party suffix
    ['2:21-mj-01234', undefined, 'case:US:21-MJ-01234', undefined],
    ['6:20-po-00012-HBK', undefined, 'case:US:20-PO-00012', undefined],
    ['1:19-crcor-00007', undefined, 'case:US:19-CRCOR-00007', undefined], // five-letter type
    ['8:19-bk-123456', undefined, 'case:US:19-BK-123456', undefined],
    [' 2:20cv1234 ', undefined, 'case:US:20-CV-01234', undefined],
    ['Case No. 4:13-md-02420-YGR', undefined, 'case:US:13-MD-02420', undefined],
    ['20-cv-3010', undefined, 'case:US:20-CV-03010', undefined], // typed without its office digit
    ['NYS/1:21-cv-04567', undefined, 'case:US:21-CV-04567', 'nysd'], // JPML caption prefix names the court
    ['CAN/3:17-cv-05729', undefined, 'case:US:17-CV-05729', 'cand'],
    ['MDL No. 2420', undefined, 'case:US:MDL-2420', 'jpml'],
    ['mdl 3047', undefined, 'case:US:MDL-3047', 'jpml'],
    // Bankruptcy: bare numbers need a bankruptcy court; judge, chapter and office parts are dropped.
    ['21-40123', 'canb', 'case:US:21-BK-40123', 'canb'],
    ['19-12345-ABC', 'nysb', 'case:US:19-BK-12345', 'nysb'],
    ['15-01234-JMC-7A', 'Bankr. D. Del.', 'case:US:15-BK-01234', 'deb'],
    ['09-10234-xyz', 'nysb', 'case:US:09-BK-10234', 'nysb'],
    ['15-30123-xyz11', 'txsb', 'case:US:15-BK-30123', 'txsb'],
    ['10-01083-8-ABC', 'flmb', 'case:US:10-BK-01083', 'flmb'],
    ['1-10-41234-abc', 'nyeb', 'case:US:10-BK-41234', 'nyeb'],
    ['Bankruptcy Petition #: 18-80123-CRJ7', 'alnb', 'case:US:18-BK-80123', 'alnb'],
    ['21-40123 (Bankr. N.D. Cal.)', undefined, 'case:US:21-BK-40123', 'canb'], // the court in parentheses
    ['8:18-bk-00123-ABC', 'flmb', 'case:US:18-BK-00123', 'flmb'], // district style: the same key as bare 18-00123
    ['18-00123', 'flmb', 'case:US:18-BK-00123', 'flmb'],
    ['Adv. Pro. No. 19-01234', 'nysb', 'case:US:19-AP-01234', 'nysb'],
    ['2:19-ap-01234-RK', undefined, 'case:US:19-AP-01234', undefined],
    // Courts of appeals.
    ['16-17235', 'ca9', 'case:US:16-17235', 'ca9'],
    ['20-1234', '1st Cir.', 'case:US:20-01234', 'ca1'],
  ];
  it.each(FEDERAL)('%s (court %s) → %s in %s', (raw, court, key, keyCourt) => {
    expect(keys(raw, court)).toContain(key);
    expect(courts(raw, court)[keys(raw, court).indexOf(key as never)]).toBe(keyCourt);
  });

  it('a district number in a state court is still federal, the court not applied to it', () => {
    expect(caseCandidates('4:13-md-02420-YGR', { court: 'Los Angeles Superior' })).toEqual([{ key: 'case:US:13-MD-02420' }]);
  });

  it('a bare number in a district court means nothing', () => {
    expect(keys('21-40123', 'cand')).toEqual([]);
    expect(keys('21-40123', 'Los Angeles Superior')).toEqual([]);
  });
});

describe('state tables', () => {
  // Every example in every table parses to a key in its own state, with the state's court and without a court.
  const EXAMPLES = TABLE_STATES.flatMap((st) => STATE_FORMATS[st]!.flatMap((r) => r.examples.map((ex) => [st, ex, r.level] as const)));
  it.each(EXAMPLES)('%s %s (%s) gets a %s key', (st, ex, level) => {
    expect(keys(ex, st.toLowerCase()).some((k) => k.startsWith(`case:${st}:`))).toBe(true);
    // Without a court only free and typed rows count, in every state whose table accepts the shape.
    expect(keys(ex).some((k) => k.startsWith(`case:${st}:`))).toBe(level !== 'court');
  });

  it.each(EXAMPLES.filter(([, , l]) => l === 'free'))('%s %s is found in free text', (_st, ex) => {
    expect(found(`See ${ex}; then`)).toEqual([ex]);
  });

  it.each(TABLE_STATES.flatMap((st) => STATE_FORMATS[st]!.map((r) => [st, r.source] as const)))('%s row has a source: %s', (_st, source) => {
    expect(source.length).toBeGreaterThan(10);
  });

  // [as typed or printed, court, key]
  const STATE: [string, string | undefined, string][] = [
    ['22STCV11897', undefined, 'case:CA:22STCV11897'],
    ['22 STCV 11897', undefined, 'case:CA:22STCV11897'],
    ['23-SMCV-00021', undefined, 'case:CA:23SMCV00021'],
    ['23smcv00021', undefined, 'case:CA:23SMCV00021'],
    ['37-2023-00008265-CU-TT-CTL', undefined, 'case:CA:37202300008265'],
    ['37-2023-00008265', undefined, 'case:CA:37202300008265'],
    ['CGC-10-501886', undefined, 'case:CA:CGC10501886'],
    ['cgc 10 501886', undefined, 'case:CA:CGC10501886'],
    ['MSC1800717', undefined, 'case:CA:MSC1800717'],
    ['MSC18-00717', undefined, 'case:CA:MSC1800717'],
    ['18CV001704', 'Superior Court of Napa - Civil', 'case:CA:18CV001704'],
    ['D-1-GN-15-004336', undefined, 'case:TX:D1GN15004336'],
    ['2023-17218', 'Harris County, Texas', 'case:TX:202317218'],
    ['MGCV21-10234', 'Chatham County, GA', 'case:GA:MGCV2110234'],
    ['20d12345', 'DeKalb GA', 'case:GA:20D12345'],
    ['19-2-04567-31', undefined, 'case:WA:1920456731'],
    ['A-20-123456-C', undefined, 'case:NV:A20123456C'],
    ['49D01-1610-PL-36015', undefined, 'case:IN:49D011610PL36015'],
    ['2021-CF-013496-A-O', undefined, 'case:FL:2021CF013496'],
    ['522019CF000140000APC', undefined, 'case:FL:2019CF000140'], // Uniform Case Number = its short form
    ['2019-CF-000140', 'Pinellas County, Florida', 'case:FL:2019CF000140'],
    ['2019-L-001234', 'Cook County, Illinois', 'case:IL:2019L001234'],
    ['2019 L 001234', 'Cook County, Illinois', 'case:IL:2019L001234'],
    ['2024CR1025', undefined, 'case:CO:2024CR1025'],
    ['D-101-CV-2019-01525', undefined, 'case:NM:D101CV201901525'],
    ['D-101-CV-201901525', undefined, 'case:NM:D101CV201901525'],
    ['CR2019-123456-001', undefined, 'case:AZ:CR2019123456'],
    ['27-CV-19-12345', undefined, 'case:MN:27CV1912345'],
    ['C-02-CV-19-001234', undefined, 'case:MD:C02CV19001234'],
    ['Index No. 154321/2019', 'Supreme Court of the State of New York, County of New York', 'case:NY:1543212019'],
    ['APL-2024-00177', undefined, 'case:NY:APL202400177'],
    // A labelled field in a known state that no row describes: the number itself.
    ['CV-2021-0042-ABC', 'Oregon', 'case:OR:CV20210042ABC'],
    ['CJ-2021-2045', undefined, 'case:OK:CJ20212045'],
    ['2021CV003851', undefined, 'case:WI:2021CV003851'],
    // Iowa: the county/court number printed before it is not part of the case.
    ['06571  OWCR074169', undefined, 'case:IA:OWCR074169'],
    ['OWCR074169', 'Iowa', 'case:IA:OWCR074169'],
    ['21CV12345', 'Multnomah County, Oregon', 'case:OR:21CV12345'],
    ['CP-51-CR-0001234-2019', undefined, 'case:PA:CP51CR00012342019'],
    ['1234 EDA 2019', undefined, 'case:PA:1234EDA2019'],
    ['MID-L-001234-19', undefined, 'case:NJ:MIDL00123419'],
    ['19-012345-CZ', undefined, 'case:MI:19012345CZ'],
    ['CL19001234-00', undefined, 'case:VA:CL1900123400'],
    ['1984CV03333', undefined, 'case:MA:1984CV03333'],
    ['SJC-13405', undefined, 'case:MA:SJC13405'],
    ['22SL-CC01234', undefined, 'case:MO:22SLCC01234'],
    // Cuyahoga's defendant letter is dropped: every defendant's docket is the case.
    ['CR-19-123456-A', undefined, 'case:OH:CR19123456'],
    ['CR-19-123456', 'Cuyahoga County, Ohio', 'case:OH:CR19123456'],
    ['19-CI-001234', undefined, 'case:KY:19CI001234'],
    ['19 CVS 1234', undefined, 'case:NC:19CVS1234'],
    ['19-CVS-1234', 'Wake County, North Carolina', 'case:NC:19CVS1234'],
    ['HHD-CV19-6101234-S', undefined, 'case:CT:HHDCV196101234S'],
    ['2019-CP-40-01234', undefined, 'case:SC:2019CP4001234'],
    ['2019CP4001234', 'South Carolina', 'case:SC:2019CP4001234'],
    ['CV-2019-900123.00', undefined, 'case:AL:CV201990012300'],
    // Tennessee's appellate numbers keep division, year and sequence; the court's "_" for "-" reads the same.
    ['M2021-01537-COA-R3-PT', undefined, 'case:TN:M202101537'],
    ['E2024-00213-COA-R3_CV', undefined, 'case:TN:E202400213'],
    // Shelby County dropped two leading zeros in 2019: both forms of a number are one case.
    ['CT-000001-19', undefined, 'case:TN:CT119'],
    ['CT-0001-19', 'Shelby County, Tennessee', 'case:TN:CT119'],
    ['2019 CA 1555', undefined, 'case:LA:2019CA1555'],
    ['14-CA-701', 'Louisiana', 'case:LA:14CA701'],
    ['20190633-CA', undefined, 'case:UT:20190633CA'],
    ['Case No. 151900261', 'Third District Court, Utah', 'case:UT:151900261'],
    ['60CV-21-582', undefined, 'case:AR:60CV21582'],
    ['CV-22-739', 'Arkansas', 'case:AR:CV22739'],
    ['23CV04487', 'Johnson County, Kansas', 'case:KS:23CV04487'],
    ['S-21-016', 'Nebraska', 'case:NE:S21016'],
    ['3KN-18-00087 CI', undefined, 'case:AK:3KN1800087'],
    ['S-17407', 'Alaska', 'case:AK:S17407'],
    // Delaware: the judge's initials change on reassignment, so they are not part of the case.
    ['N20C-04-227 AML', undefined, 'case:DE:N20C04227'],
    ['N20C-04-227 JRJ', undefined, 'case:DE:N20C04227'],
    ['C.A. No. 2022-0613-KSJM', undefined, 'case:DE:20220613'],
    ['3730-VCS', 'Delaware', 'case:DE:3730VC'],
    ['1CC171000409', undefined, 'case:HI:1CC171000409'],
    ['CAAP-17-0000731', undefined, 'case:HI:CAAP170000731'],
    ['Cum-17-420', undefined, 'case:ME:CUM17420'],
    ['RE-15-105', 'Cumberland County Superior Court, Maine', 'case:ME:RE15105'],
    ['489-7-20 Rdcr', undefined, 'case:VT:489720RDCR'],
    ['12-C-68', 'Logan County, West Virginia', 'case:WV:12C68'],
    ['S-21-0135', 'Wyoming', 'case:WY:S210135'],
    ['2023-CA-00732-COA', undefined, 'case:MS:2023CA00732'],
    ['2023-CA-00732-SCT', undefined, 'case:MS:2023CA00732'],
    ['CAM-6474-13', 'Superior Court of the District of Columbia', 'case:DC:CAM647413'],
    ['COA22-1006', undefined, 'case:NC:COA221006'],
    // Keys version 6. Montana: a two- or four-digit year, padding and the judge's letter are one case.
    ['DR-2019-100', undefined, 'case:MT:DR19100'],
    ['DR-19-100', 'Park County, Montana', 'case:MT:DR19100'],
    ['DI-16-054(A)', undefined, 'case:MT:DI1654'],
    ['DI-16-54', 'Montana', 'case:MT:DI1654'],
    ['Cause No. DV 19-985', undefined, 'case:MT:DV19985'],
    ['DA 21-0492', undefined, 'case:MT:DA210492'],
    ['54-2020-CV-00012', undefined, 'case:ND:542020CV00012'],
    ['Docket No.: 20250168', 'North Dakota Supreme Court', 'case:ND:20250168'],
    // Rhode Island's full docket and its term lists' short form are one case.
    ['2024-0099-Appeal.', undefined, 'case:RI:2499'],
    ['No. 24-99', 'Rhode Island Supreme Court', 'case:RI:2499'],
    ['No. 2019-0123', 'New Hampshire Supreme Court', 'case:NH:2019123'],
    ['Docket No. 36981', 'Idaho Supreme Court', 'case:ID:36981'],
    ['#16514', 'South Dakota Supreme Court', 'case:SD:16514'],
    ['Cum-17-420', undefined, 'case:ME:CUM17420'],
    // Appellate numbers (keys version 5): suffixes that name the proceeding or the court are dropped, padding is not part of the case.
    ['2014AP000799', undefined, 'case:WI:2014AP799'],
    ['2019AP448-CR', undefined, 'case:WI:2019AP448'],
    ['2019-CA-1040-MR', undefined, 'case:KY:2019CA1040'],
    ['2019-CA-001040-MR', undefined, 'case:KY:2019CA1040'],
    ['1 CA-CR 19-0198 PRPC', undefined, 'case:AZ:1CACR190198'],
    ['2 CA-CR 2014-0240-PR', undefined, 'case:AZ:2CACR20140240'],
    ['CR-20-0254-PR', undefined, 'case:AZ:CR200254'],
    ['No. ED 110859', undefined, 'case:MO:ED110859'],
    ['AC 46365', undefined, 'case:CT:AC46365'],
    ['WR-76,884-01', undefined, 'case:TX:WR7688401'],
    ['A-4880-12T1', undefined, 'case:NJ:A488012'],
    ['S178320', 'California Supreme Court', 'case:CA:S178320'],
    ['5-18-0332', 'Illinois Appellate Court, Fifth District', 'case:IL:5180332'],
    ['421 C.D. 2020', undefined, 'case:PA:421CD2020'],
  ];
  it.each(STATE)('%s (court %s) → %s', (raw, court, key) => {
    expect(keys(raw, court)).toContain(key);
  });

  it('dates, SSNs and amounts that share a shape with a new table stay out of free text', () => {
    // Delaware Chancery without its initials is a date; Utah's nine digits are an SSN's; Vermont's without unit and division is a date.
    // California's letter and six digits is a part number's shape; Illinois's and Washington's are a date's and a plain number's.
    for (const raw of ['2022-0613', '151900261', '489-7-20', '123-45-6789', 'S-21-016', 'CV-22-739', '12-C-68', 'S178320', 'B123456', '1-19-2020', '2021-2022', '12345-6', '1494-07-2'])
      expect(found(`Filed ${raw} today`), raw).toEqual([]);
    expect(keys('151900261')).toEqual([]);
    expect(keys('2022-0613')).toEqual([]);
  });

  it('the state is part of the key: Florida, Illinois and Kentucky’s Court of Appeals print the same shape', () => {
    expect(keys('2019-CA-001234').sort()).toEqual(['case:FL:2019CA001234', 'case:IL:2019CA001234', 'case:KY:2019CA1234']);
    expect(keys('2019-CA-001234', 'Orange County, Florida')).toEqual(['case:FL:2019CA001234']);
    expect(keys('2019-CA-001234', 'Cook County, Illinois')).toEqual(['case:IL:2019CA001234']);
  });

  it('a shape two states print gives a key in each until a court says which', () => {
    expect(keys('23CV00274').sort()).toEqual(['case:CA:23CV00274', 'case:KS:23CV00274', 'case:OR:23CV00274']);
    expect(keys('23CV00274', 'Lane County, Oregon')).toEqual(['case:OR:23CV00274']);
    // Colorado, Wisconsin and Massachusetts print it; Georgia's Fulton shape accepts it typed.
    expect(keys('2021CV003851').sort()).toEqual(['case:CO:2021CV003851', 'case:GA:2021CV003851', 'case:MA:2021CV003851', 'case:WI:2021CV003851']);
    expect(keys('2021CV003851', 'Dane County, Wisconsin')).toEqual(['case:WI:2021CV003851']);
  });

  it('a court narrows the keys to its state, and travels with them', () => {
    expect(caseCandidates('23CV00274', { court: 'Sonoma Superior' })).toEqual([{ key: 'case:CA:23CV00274', court: 'ca-sonoma' }]);
    expect(keys('23CV00274', 'Texas').filter((k) => !k.startsWith('case:TX:'))).toEqual([]);
  });

  it('Galveston-style 18-CV-0818 is federal or Texan until a court says which', () => {
    expect(keys('18-CV-0818').sort()).toEqual(['case:TX:18CV0818', 'case:US:18-CV-00818']);
    expect(keys('18-CV-0818', 'Galveston County, Texas')).toEqual(['case:TX:18CV0818']);
    expect(keys('18-CV-0818', 'S.D. Tex.')).toEqual(['case:US:18-CV-00818']);
  });
});

describe('near misses', () => {
  it.each(NEAR_MISSES)('%j is not a case number without a court', (raw) => {
    expect(keys(raw)).toEqual([]);
  });
  it.each(NEAR_MISSES)('%j is not found in the text of a Texas court page either', (raw) => {
    expect(findCaseNumbers(`Filed ${raw} today`, { court: 'tx-harris', bare: true })).toEqual([]);
  });
  // Per jurisdiction: the text of a page in each state's courts (and a bankruptcy court's) finds none of them.
  it.each([...TABLE_STATES.map((st) => st.toLowerCase()), 'nysb', 'ca9', 'cand'])('none is found in the text of a %s page', (court) => {
    // On a bankruptcy or appeals court's own page a bare yy-nnnnn is a case number, not a near miss.
    const bare = court === 'nysb' || court === 'ca9';
    for (const raw of NEAR_MISSES.filter((r) => !(bare && /^\d\d-\d{5}$/.test(r))))
      expect(findCaseNumbers(`Filed ${raw} today`, { court, bare: true }), raw).toEqual([]);
  });

  it('an all-digit field in a known state is not a number no row describes', () => {
    expect(keys('20231105', 'Oregon')).toEqual([]);
  });
});

describe('references', () => {
  it.each([
    ['21-40123', 'nysb', '21-40123 @NYSB'],
    ['22STCV11897', undefined, '22STCV11897'],
    ['4:13-md-02420-YGR', 'N.D. Cal.', '4:13-MD-02420-YGR @N.D. CAL'],
  ])('caseRef(%s, %s) = %s and is a fixed point', (raw, court, ref) => {
    expect(caseRef(raw, court)).toBe(ref);
    expect(caseRef(ref)).toBe(ref);
    expect(keys(ref)).toEqual(keys(raw, court));
  });

  it('caseDisplay drops the court a reference or a parenthesis adds, not judge initials', () => {
    expect(caseDisplay('21-40123 @NYSB')).toBe('21-40123');
    expect(caseDisplay('21-40123 (nysb)')).toBe('21-40123');
    expect(caseDisplay('19-23649 (RDD)')).toBe('19-23649 (RDD)');
  });

  it('matterCaseKeys reads the matter’s court', () => {
    expect(matterCaseKeys({ caseNumber: '21-40123', court: 'Bankr. N.D. Cal.' })).toEqual(['case:US:21-BK-40123']);
    expect(matterCaseKeys({ caseNumber: '21-40123' })).toEqual([]);
    expect(matterCaseKeys({})).toEqual([]);
  });
});

describe('findCaseNumbers', () => {
  const TEXT: [string, string[]][] = [
    ['CIVIL DOCKET FOR CASE #: 4:13-md-02420-YGR', ['4:13-md-02420-YGR']],
    ['CRIMINAL DOCKET FOR CASE #: 1:19-crcor-00007-ABC-1', ['1:19-crcor-00007-ABC-1']],
    ['Re: 2:20-cv-01234-BBD-dkv (W.D. Tenn.)', ['2:20-cv-01234-BBD-dkv']],
    ['Case Summary for 3-17-cv-5729', ['3-17-cv-5729']],
    ['IN RE: Lithium Ion Batteries, MDL No. 2420; CAN/4:13-cv-01234 and NYS/1:21-cv-04567', ['MDL No. 2420', 'CAN/4:13-cv-01234', 'NYS/1:21-cv-04567']],
    ['Filed in 22STCV11897; see also 23SMCV00021.', ['22STCV11897', '23SMCV00021']],
    ['17CECG03259, 37-2023-00008265-CU-TT-CTL and CGC-10-501886', ['17CECG03259', '37-2023-00008265-CU-TT-CTL', 'CGC-10-501886']],
    ['17FL002438: JOHN APPLESEED vs JANE APPLESEED', ['17FL002438']],
    ['Contra Costa MSC18-00717, Tulare VCU294271, LA BC123456', ['MSC18-00717', 'VCU294271', 'BC123456']],
    ['Travis D-1-GN-15-004336 and Marion 49D01-1610-PL-36015', ['D-1-GN-15-004336', '49D01-1610-PL-36015']],
    ['Case #22STCV11897 accepted', ['22STCV11897']],
  ];
  it.each(TEXT)('%j', (text, raws) => {
    expect(found(text)).toEqual(raws);
  });

  it('reports references and offsets; the page’s court travels with the hit', () => {
    const text = 'Order 12345678 — Case No. 4:13-md-02420-YGR';
    expect(findCaseNumbers(text, { court: 'cand' })).toEqual([{ raw: '4:13-md-02420-YGR', key: '4:13-MD-02420-YGR @CAND', index: text.indexOf('4:13') }]);
  });

  it('bare bankruptcy numbers only where the page says the court is one', () => {
    const text = 'Case 21-40123-WJL (chapter 11); related 19-12345-ABC';
    expect(found(text)).toEqual([]);
    expect(found(text, { court: 'canb', bare: true })).toEqual(['21-40123-WJL', '19-12345-ABC']);
    expect(found(text, { court: 'cand', bare: true })).toEqual([]);
  });

  const FREE_NEAR_MISSES = [
    'Call 415-555-0123 or (415) 555-0123, fax 510.725.3001',
    'Hearing 2023-11-05 at 10:30 AM; continued to 11/05/2023 9:00',
    'Mail to Berkeley, CA 94710-1234',
    'Order #12345678 and ORD-2023-000123 were submitted',
    'Envelope 23456789 / 123456789012 / 12202312345678',
    'Fee $1,234.56 paid 2023',
    'Ninth Circuit Court of Appeals, 16-17235; bankruptcy 19-23649 (RDD)',
    'Cause: 15:15 Antitrust Litigation; 28 U.S.C. § 1407 and 28 U.S.C. 1332(a)',
    'Bates ABC0001234–ABC0001299, DEF-000123',
    'Part XBC123456Z and BC1234567 and BC12345 and ABCD123456',
    'File 22STCV11897-A.pdf, ref 22STCV11897_old, x/23CV00274, id:MSC18-00717x',
    'lower-case state forms: 22stcv11897, bc123456, cgc-10-501886',
    'version 1.23CV00274 and 37-2023-0000826 and 99-2023-00008265',
    'flight UA 123456, SKU AB-123456, ZIP+4 94710-1234',
    'Index No. 154321/2019 and 2023-17218 without a court',
  ];
  it.each(FREE_NEAR_MISSES)('no case number in %j', (text) => {
    expect(findCaseNumbers(text)).toEqual([]);
  });
});

describe('readCaseField (a field that says it holds a case number)', () => {
  it.each([
    ['Case Number 18CV001704', undefined, '18CV001704'],
    ['154321/2019', 'ny-new-york', '154321/2019'],
    ['2023-17218', 'tx-harris', '2023-17218'],
    ['Bankruptcy Petition #: 18-80123-CRJ7', 'alnb', '18-80123-CRJ7'],
    ['20D12345', 'ga-dekalb', '20D12345'],
    // Printed with spaces: the first token and the two after it.
    ['Case No. 2019 L 001234', 'il-cook', '2019 L 001234'],
    ['File No. 19 CVS 1234 (Wake)', 'nc-wake', '19 CVS 1234'],
    ['Docket No. 1234 EDA 2019', 'pa', '1234 EDA 2019'],
    // A type prefix printed apart: the prefix and the token after it.
    ['Cause No. DV 19-985', 'Yellowstone County, Montana', 'DV 19-985'],
    ['DA 21-0492', 'Montana Supreme Court', 'DA 21-0492'],
    ['KA 16-02147 (Onondaga)', 'Appellate Division, Fourth Department, New York', 'KA 16-02147'],
    // …and the first token alone when the longer one is not a number there.
    ['20D12345 AB 1234', 'ga-dekalb', '20D12345'],
    ['CV-2021-0042-ABC 12/01/2026', 'Oregon', 'CV-2021-0042-ABC'],
  ])('%j in %s → %s', (text, court, raw) => {
    expect(readCaseField(text, court)?.raw).toBe(raw);
  });
  it.each([
    ['2023-17218', undefined],
    ['11/05/2023', 'tx-harris'],
    ['N/A', 'ca-napa'],
  ])('%j in %s → nothing', (text, court) => {
    expect(readCaseField(text, court)).toBeNull();
  });
});

describe('caseHolders', () => {
  it('lists a client found under two of a number’s keys once', () => {
    // 23CV00274 reads as California's, Kansas's and Oregon's shape; a matter without a court is indexed under all three.
    const q = identifierQueries({ caseNumber: '23CV00274' })[0]!;
    expect(q.candidates.map((c) => c.key).sort()).toEqual(['case:CA:23CV00274', 'case:KS:23CV00274', 'case:OR:23CV00274']);
    const tom = () => ({ id: 'tom', matters: [{ caseNumber: '23CV00274' }] });
    // Each index get returns its own copy of the record.
    expect(caseHolders(q.candidates, [tom(), tom()]).map((c) => c.id)).toEqual(['tom']);
  });
});
