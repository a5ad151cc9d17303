import { describe, expect, it } from 'vitest';
import { buildConflictIndex, type ConflictClientInput } from '../../../lib/identity/conflicts';
import {
  conflictOverride,
  conflictReport,
  conflictReportText,
  hitName,
  hitTitle,
  outcomeOf,
  reasonText,
  summaryText,
} from '../../../lib/identity/conflict-report';
import { conflictOverrideSchema } from '../../../lib/model/matter-people';

const AT = new Date(2026, 10, 26, 15, 45).getTime();

const FIRM: ConflictClientInput[] = [
  {
    id: 'c-ruiz',
    name: 'Elena Ruiz',
    emails: ['elena.ruiz@gmail.com'],
    matters: [
      {
        id: 'm-lease',
        caseName: 'Ruiz v. Harbor Properties',
        caseNumber: '3:24-cv-01234-RS',
        people: [{ id: 'p-brandt', role: 'opposing-counsel', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], organisation: 'Brandt Defense LLP' }],
      },
    ],
  },
  { id: 'c-ivanov', name: 'Sergey Ivanov', emails: [], matters: [] },
];
const index = buildConflictIndex(FIRM);

describe('conflictReport', () => {
  it('a match names the matter, the role and the client, and says why', () => {
    const r = conflictReport(index, { name: ' Victor Brandt ', emails: ['VBrandt@brandt-defense.com', ''], organisation: '' }, AT);
    expect(r.candidate).toEqual({ name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] });
    expect(r.outcome).toBe('match');
    expect(r.scope).toEqual({ clients: 2, matters: 1, people: 1, parties: 1 });
    const [h] = r.hits;
    expect(hitTitle(h!)).toBe('Opposing counsel · Ruiz v. Harbor Properties');
    expect(hitName(h!)).toBe('Victor Brandt');
    expect(h!.reasons.map(reasonText)).toEqual(['Same e-mail address: vbrandt@brandt-defense.com', 'Same name: “Victor Brandt”']);
    expect(summaryText(r)).toBe('1 match for Victor Brandt, vbrandt@brandt-defense.com.');
  });

  it('prints as plain text with what was searched and when', () => {
    const text = conflictReportText(conflictReport(index, { name: 'Sergei Ivanov' }, AT));
    // The time is Intl's en-US, which puts a narrow no-break space before "PM".
    expect(text.replace(/\u202f/g, ' ')).toBe(
      [
        'Rapport conflict check',
        'Checked: Sergei Ivanov',
        'When: Nov 26, 2026, 3:45 PM',
        'Searched: 2 clients, 1 matter, 1 matter person and 1 party name',
        '',
        '1 possible for Sergei Ivanov.',
        '',
        '1. Possible match — Client',
        '   Sergey Ivanov; client: Sergey Ivanov',
        '   - Spelled differently: “Sergei Ivanov” and “Sergey Ivanov”',
        '',
        "Rapport searched only its own records: clients, the people entered on their matters and the parties named in case names. It is not a complete conflict check.",
      ].join('\n'),
    );
  });

  it('nothing found is "no match in Rapport\'s records", never "no conflict"', () => {
    const r = conflictReport(index, { name: 'Quentin Zyx' }, AT);
    expect(r.outcome).toBe('none');
    expect(summaryText(r)).toBe("No match in Rapport's records for Quentin Zyx.");
    expect(conflictReportText(r)).not.toMatch(/no conflict/i);
  });

  it('a party named only in the case name reads as such', () => {
    const [h] = conflictReport(index, { organisation: 'Harbor Properties, Inc.' }, AT).hits;
    expect(hitTitle(h!)).toBe('Named in the case · Ruiz v. Harbor Properties');
    expect(hitName(h!)).toBe('Harbor Properties');
  });

  it('outcome follows the strongest hit', () => {
    expect(outcomeOf([])).toBe('none');
    expect(outcomeOf([{ strength: 'possible' }])).toBe('possible');
    expect(outcomeOf([{ strength: 'possible' }, { strength: 'likely' }])).toBe('match');
  });
});

describe('conflictOverride', () => {
  it('records who confirmed, when, for what, and copies of the hits', () => {
    const hits = index.check({ name: 'Victor Brandt' });
    const record = conflictOverride({
      id: 'o1',
      subject: { kind: 'client', clientId: 'c-new', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] },
      hits,
      confirmedBy: { label: '  Ana Lopez ', email: ' ana@smithlaw.com ' },
      note: ' Waiver signed 3 Nov ',
      now: AT,
    });
    const parsed = conflictOverrideSchema.parse(record);
    expect(parsed).toMatchObject({ confirmedBy: { label: 'Ana Lopez', email: 'ana@smithlaw.com' }, confirmedAt: AT, note: 'Waiver signed 3 Nov' });
    expect(parsed.hits).toEqual(hits);
    // A copy: later changes to the live hits do not rewrite history.
    hits[0]!.clientName = 'changed';
    expect(parsed.hits[0]!.clientName).toBe('Elena Ruiz');
  });

  it('refuses a record without a confirmer or without hits', () => {
    const base = { id: 'o1', subject: { kind: 'client' as const, clientId: 'c', name: 'X' }, now: AT };
    const noOne = conflictOverride({ ...base, hits: index.check({ name: 'Victor Brandt' }), confirmedBy: { label: '  ' } });
    expect(conflictOverrideSchema.safeParse(noOne).error?.issues[0]?.message).toBe('Say who confirms');
    const noHits = conflictOverride({ ...base, hits: [], confirmedBy: { label: 'Ana' } });
    expect(conflictOverrideSchema.safeParse(noHits).success).toBe(false);
  });
});
