// Case-number normalisation and free-text recognition (federal CM/ECF and
// California superior courts; shapes from shared/HOST-PAGES.md).
//
// Keys — what the database indexes and the resolver compares:
//   federal     2:20-cv-01234-BBD-dkv → 2:20-CV-01234   office:yy-TYPE-sequence;
//               4-digit year → 2 digits, sequence zero-padded to (at least) 5,
//               judge initials and defendant numbers dropped (they change on
//               reassignment / differ per defendant).
//   statewide   37-2023-00008265-CU-TT-CTL → 37-2023-00008265  (San Diego and
//   CMS         other counties on the statewide CMS). The category/type/location
//               groups are dropped like judge initials: the location changes
//               when a case moves courthouse. These keep their hyphens because
//               without them the key would be an anonymous 14-digit run.
//   all other   22STCV11897, 23CV00274, CGC-10-501886 → CGC10501886,
//   California  MSC18-00717 → MSC1800717, VCU294271, BC123456: upper-cased,
//               every space and hyphen removed. Courts and users print these
//               with and without hyphens (MSC18-00717 / MSC1800717), so the key
//               has none. Display keeps the raw text (CaseRef.caseNumber).
// Keys are fixed points: normaliseCaseNumber(key) === key.
//
// Free text (findCaseNumbers) is stricter than normaliseCaseNumber, which
// parses what a user typed into a form: precision first.
//   - a hit must be a whole token: not preceded by a letter, digit, _ - / @ +
//     or "digit." and not followed by a letter, digit, _ - / @ + or by "." / ":"
//     plus a word character;
//   - state forms must be printed in upper case with their usual separators
//     (no spaces inside); federal numbers may be lower case (cv, md);
//   - older letter+digit forms only as 2–3 letters + exactly 6 digits
//     (BC123456, VCU294271) or 3 letters + yy-5 digits (MSC18-00717);
//   - statewide CMS numbers need a county code 01–58 and a 19xx/20xx year.
//   Pure digit runs (envelope / order numbers, ZIP+4, phone numbers, dates,
//   Ninth Circuit "16-17235", bankruptcy "19-23649") are never case numbers.

const FED = /^(\d)[:-]((?:19|20)?\d\d)-?([A-Z]{2,3})-?(\d{1,6})(?:-[A-Z]{1,5}|-\d{1,3})*$/;
const CMS = /^(\d\d)-((?:19|20)\d\d)-(\d{8})(?:-[A-Z]{2,4}){0,3}$/;
// Hyphen-free state shapes: LA/Fresno 22STCV11897; year+type+sequence 23CV00274;
// letters + digits (SF CGC10501886, MSC1800717, VCU294271, BC123456, F17901234).
const STATE = /^(?:\d\d[A-Z]{4}\d{5}|\d\d[A-Z]{2}\d{5,6}|[A-Z]{1,4}\d{5,8})$/;

export function normaliseCaseNumber(raw: string): string | null {
  const s = raw
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^(?:CASE(?:NO\.?|NUMBER|#)?|NO\.|#):?/, '')
    .replace(/[.,;]+$/, '');
  let m = FED.exec(s);
  if (m) {
    const seq = +m[4]!;
    return seq ? `${m[1]}:${m[2]!.slice(-2)}-${m[3]}-${String(seq).padStart(5, '0')}` : null;
  }
  m = CMS.exec(s);
  if (m) return +m[1]! >= 1 && +m[1]! <= 58 ? `${m[1]}-${m[2]}-${m[3]}` : null;
  const c = s.replace(/-/g, '');
  return STATE.test(c) ? c : null;
}

export interface CaseNumberHit {
  raw: string;
  key: string;
  index: number;
}

const FIND = new RegExp(
  '(?<![\\w/@+-]|\\d\\.)(?:' +
    [
      '\\d[:-](?:19|20)?\\d\\d-[A-Za-z]{2,3}-\\d{1,6}(?:-[A-Za-z]{1,5}|-\\d{1,3})*', // federal
      '(?:0[1-9]|[1-4]\\d|5[0-8])-(?:19|20)\\d\\d-\\d{8}(?:-[A-Z]{2,4}){0,3}', // statewide CMS
      '\\d\\d[A-Z]{4}\\d{5}', // 22STCV11897
      '\\d\\d[A-Z]{2}\\d{5,6}', // 23CV00274, 17FL002438
      '[A-Z]{3}-\\d\\d-\\d{6}', // CGC-10-501886
      '[A-Z]{3}\\d\\d-\\d{5}', // MSC18-00717
      '[A-Z]{2,3}\\d{6}', // BC123456, VCU294271
    ].join('|') +
    ')(?![\\w/@+-]|[.:]\\w)',
  'g',
);

/** Case numbers in free text, in order of appearance. */
export function findCaseNumbers(text: string): CaseNumberHit[] {
  const out: CaseNumberHit[] = [];
  for (const m of text.matchAll(FIND)) {
    const key = normaliseCaseNumber(m[0]);
    if (key) out.push({ raw: m[0], key, index: m.index });
  }
  return out;
}
