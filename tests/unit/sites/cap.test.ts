import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../lib/messaging/limits';
import { screenContextSchema } from '../../../lib/messaging/protocol';
import { capContext, capPeople } from '../../../lib/sites/cap';
import type { Person, ScreenContext } from '../../../lib/sites/types';

// A huge page degrades, never fails: whatever an adapter reads, the capped
// context is one the background accepts.

const long = (n: number, c = 'x') => c.repeat(n);

const huge: ScreenContext = {
  site: 'outlook',
  url: `https://outlook.office.com/mail/inbox/id/${long(5000)}`,
  subject: `Re: ${long(3000, 's')}`,
  threadId: long(600),
  self: 'me@firm.com',
  people: [
    ...Array.from({ length: 700 }, (_, i): Person => ({ email: `cc${i}@big.example`, name: `Copied ${i}`, role: 'cc' })),
    { email: 'sender@client.example', name: long(400, 'N'), role: 'from' },
    { email: `${long(330)}@too-long.example`, name: 'Address too long', role: 'to' },
  ],
  cases: [
    { caseNumber: '4:13-md-02420-YGR', caseName: `In re ${long(900, 'c')}`, status: long(300, 'r'), court: long(400, 'k'), ref: long(250) },
    { caseNumber: long(200, '1'), matterCode: 'ACME-01' },
    ...Array.from({ length: 6000 }, (_, i) => ({ caseNumber: `22STCV${String(10000 + i)}` })),
  ],
  messages: Array.from({ length: 800 }, (_, i) => ({ id: i === 799 ? long(600) : `m${i}`, from: i % 2 ? 'sender@client.example' : long(400), at: i })),
  view: 'thread',
};

describe('capContext', () => {
  it('turns a page far over every limit into a context the protocol accepts', () => {
    expect(screenContextSchema.safeParse(huge).success).toBe(false);
    const capped = capContext(huge);
    expect(screenContextSchema.safeParse(capped).success).toBe(true);
  });

  it('cuts text that keeps its meaning, drops identifiers that would not', () => {
    const c = capContext(huge);
    expect(c.subject).toHaveLength(LIMITS.subject);
    expect(c.subject!.startsWith('Re: sss')).toBe(true);
    expect(c.threadId).toBeUndefined();
    expect(c.cases[0]).toEqual({ caseNumber: '4:13-md-02420-YGR', caseName: `In re ${long(LIMITS.caseName - 6, 'c')}`, status: long(LIMITS.status, 'r'), court: long(LIMITS.court, 'k') });
    expect(c.cases[1]).toEqual({ matterCode: 'ACME-01' });
    expect(c.cases).toHaveLength(LIMITS.cases);
  });

  it('keeps the sender when people must go, and the newest messages', () => {
    const c = capContext(huge);
    expect(c.people).toHaveLength(LIMITS.people);
    expect(c.people[0]).toEqual({ email: 'sender@client.example', name: long(LIMITS.name, 'N'), role: 'from' });
    expect(c.messages).toHaveLength(LIMITS.messages - 1);
    expect(c.messages!.at(-1)).toEqual({ id: 'm798', at: 798 });
    expect(c.messages!.at(-2)).toEqual({ id: 'm797', from: 'sender@client.example', at: 797 });
  });

  it('leaves an ordinary page as it was, and its input untouched', () => {
    const small: ScreenContext = { site: 'gmail', url: 'https://mail.google.com/', subject: 'Hi', people: [{ email: 'a@b.co', role: 'from' }], cases: [] };
    const copy = structuredClone(small);
    expect(capContext(small)).toEqual(small);
    capContext(huge);
    expect(small).toEqual(copy);
    expect(huge.people).toHaveLength(702);
  });

  it('capPeople: an address too long to be real is left out, the person kept by name', () => {
    expect(capPeople([{ email: `${long(400)}@x.example`, name: 'Someone', role: 'to' }])).toEqual([{ name: 'Someone', role: 'to' }]);
  });
});

describe('capContext: a docket’s parties', () => {
  it('keeps the first parties and attorneys, cuts long texts, drops over-long addresses, and the schema accepts it', () => {
    const attorney = { name: long(900, 'a'), firm: long(900, 'f'), emails: [`${long(400)}@x.com`, 'ok@firm.com', ...Array.from({ length: 40 }, (_, i) => `a${i}@firm.com`)], designations: [long(900, 'd')] };
    const party = { label: 'Defendant', side: 'responding' as const, name: long(900, 'n'), details: Array.from({ length: 40 }, () => 'x'), proSe: false, emails: [], attorneys: Array.from({ length: 80 }, () => attorney) };
    const c: ScreenContext = { site: 'pacer', url: 'https://ecf.cand.uscourts.gov/x', people: [], cases: [], view: 'docket', parties: Array.from({ length: 300 }, () => party) };
    const out = capContext(c);
    expect(out.parties).toHaveLength(LIMITS.parties);
    const p = out.parties![0]!;
    expect(p.name).toHaveLength(LIMITS.partyText);
    expect(p.details).toHaveLength(LIMITS.partyList);
    expect(p.attorneys).toHaveLength(LIMITS.attorneys);
    expect(p.attorneys[0]!.emails[0]).toBe('ok@firm.com');
    expect(p.attorneys[0]!.emails).toHaveLength(LIMITS.partyList);
    expect(p.attorneys[0]!.firm).toHaveLength(LIMITS.partyText);
    expect(screenContextSchema.safeParse(out).success).toBe(true);
    expect(screenContextSchema.safeParse(c).success).toBe(false);
  });
});
