import { describe, expect, it } from 'vitest';
import { findCaseNumbers, normaliseCaseNumber } from '../../../lib/identity/case-number';

// [as typed or printed, key]
const KEYS: [string, string][] = [
  // federal: office:yy-TYPE-sequence, padded to 5, judge initials dropped
  ['2:20-cv-01234-BBD-dkv', '2:20-CV-01234'],
  ['4:13-md-02420-YGR', '4:13-MD-02420'],
  ['3:17-cv-5729', '3:17-CV-05729'],
  ['3:17-cv-05729-RS', '3:17-CV-05729'],
  ['3-17-cv-5729', '3:17-CV-05729'], // PACER case-query title
  ['2:2020-cv-1234', '2:20-CV-01234'],
  ['1:19-cr-00123-JAM-1', '1:19-CR-00123'],
  ['8:19-bk-123456', '8:19-BK-123456'],
  [' 2:20cv1234 ', '2:20-CV-01234'],
  ['Case No. 4:13-md-02420-YGR', '4:13-MD-02420'],
  // California
  ['22STCV11897', '22STCV11897'],
  ['23smcv00021', '23SMCV00021'],
  ['17CECG03259', '17CECG03259'],
  ['22 STCV 11897', '22STCV11897'],
  ['37-2023-00008265-CU-TT-CTL', '37-2023-00008265'],
  ['37-2023-00008265', '37-2023-00008265'],
  ['CGC-10-501886', 'CGC10501886'],
  ['cgc 10 501886', 'CGC10501886'],
  ['23CV00274', '23CV00274'],
  ['17FL002438', '17FL002438'],
  ['18CV001704', '18CV001704'],
  ['MSC18-00717', 'MSC1800717'],
  ['MSC1800717', 'MSC1800717'],
  ['VCU294271', 'VCU294271'],
  ['BC123456', 'BC123456'],
];

const NOT_CASE_NUMBERS = [
  '',
  'hello',
  '415-555-0123',
  '(415) 555-0123',
  '2023-11-05',
  '11/05/2023',
  '94710-1234',
  '12345678',
  'Order #12345678',
  'ORD-2023-000123',
  '2023',
  '10:30 AM',
  '$1,234.56',
  '16-17235',
  '2:20-cv-00000',
  '99-2023-00008265-CU-TT-CTL', // no county 99
  '12202312345678', // 14-digit envelope number
];

describe('normaliseCaseNumber', () => {
  it.each(KEYS)('%s → %s', (raw, key) => {
    expect(normaliseCaseNumber(raw)).toBe(key);
  });

  it.each(KEYS)('key of %s is a fixed point', (_raw, key) => {
    expect(normaliseCaseNumber(key)).toBe(key);
  });

  it.each(NOT_CASE_NUMBERS)('%j is not a case number', (raw) => {
    expect(normaliseCaseNumber(raw)).toBeNull();
  });
});

describe('findCaseNumbers', () => {
  // [text, raws found]
  const TEXT: [string, string[]][] = [
    ['CIVIL DOCKET FOR CASE #: 4:13-md-02420-YGR', ['4:13-md-02420-YGR']],
    ['Re: 2:20-cv-01234-BBD-dkv (W.D. Tenn.)', ['2:20-cv-01234-BBD-dkv']],
    ['Case Summary for 3-17-cv-5729', ['3-17-cv-5729']],
    ['Filed in 22STCV11897; see also 23SMCV00021.', ['22STCV11897', '23SMCV00021']],
    ['17CECG03259, 37-2023-00008265-CU-TT-CTL and CGC-10-501886', ['17CECG03259', '37-2023-00008265-CU-TT-CTL', 'CGC-10-501886']],
    ['17FL002438: JOHN APPLESEED vs JANE APPLESEED', ['17FL002438']],
    ['Sonoma 23CV00274 (set for trial)', ['23CV00274']],
    ['Contra Costa MSC18-00717, Tulare VCU294271, LA BC123456', ['MSC18-00717', 'VCU294271', 'BC123456']],
    ['Case #22STCV11897 accepted', ['22STCV11897']],
  ];
  it.each(TEXT)('%j', (text, raws) => {
    expect(findCaseNumbers(text).map((h) => h.raw)).toEqual(raws);
  });

  it('reports keys and offsets', () => {
    const text = 'Order 12345678 — Case No. 4:13-md-02420-YGR';
    expect(findCaseNumbers(text)).toEqual([{ raw: '4:13-md-02420-YGR', key: '4:13-MD-02420', index: text.indexOf('4:13') }]);
  });

  const NEAR_MISSES = [
    'Call 415-555-0123 or (415) 555-0123, fax 510.725.3001',
    'Hearing 2023-11-05 at 10:30 AM; continued to 11/05/2023 9:00',
    'Mail to Berkeley, CA 94710-1234',
    'Order #12345678 and ORD-2023-000123 were submitted',
    'Envelope 23456789 / 123456789012 / 12202312345678',
    'Fee $1,234.56 paid 2023; MDL No. 2420',
    'Ninth Circuit Court of Appeals, 16-17235; bankruptcy 19-23649 (RDD)',
    'Cause: 15:15 Antitrust Litigation; 28 U.S.C. 1407',
    'Part XBC123456Z and BC1234567 and BC12345 and ABCD123456',
    'File 22STCV11897-A.pdf, ref 22STCV11897_old, x/23CV00274, id:MSC18-00717x',
    'lower-case state forms: 22stcv11897, bc123456, cgc-10-501886',
    'version 1.23CV00274 and 37-2023-0000826 and 99-2023-00008265',
    'flight UA 123456, SKU AB-123456, ZIP+4 94710-1234',
  ];
  it.each(NEAR_MISSES)('no case number in %j', (text) => {
    expect(findCaseNumbers(text)).toEqual([]);
  });
});
