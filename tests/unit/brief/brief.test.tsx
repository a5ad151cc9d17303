/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { assembleBrief, type BriefInput } from '../../../lib/brief/assemble';
import { PrepBrief } from '../../../components/brief/prep-brief';
import type { Client } from '../../../lib/model/client';
import type { Interaction } from '../../../lib/model/interaction';
import { createDeadline, markDone } from '../../../lib/deadlines/records';

const NOW = new Date(2026, 2, 10, 9).getTime();
const DAY = 864e5;

const client: Client = {
  id: 'c1',
  name: 'Ana María Ruiz',
  preferredName: 'Ana',
  organisation: 'Ruiz Bakery LLC',
  emails: ['ana@ruizbakery.test'],
  phones: ['+1 415 555 0100'],
  domains: [],
  matters: [{ id: 'm1', people: [], caseNumber: '22STCV01234', caseName: 'Ruiz v. Landlord Co.' }],
  notes: { family: 'Married to Luis\n- Two kids, Sofía (9) and Leo (6)', interests: 'Marathons', background: '', howWeMet: 'Referred by Dr. Chen', notes: 'private working notes' },
  goals: [
    { id: 'g1', text: 'Keep the bakery lease', acceptableOutcome: 'Rent increase under 10%', status: 'open', updatedAt: 0 },
    { id: 'g2', text: 'Recover deposit', acceptableOutcome: '', status: 'met', updatedAt: 0 },
  ],
  tags: ['litigation'],
  createdAt: 0,
  updatedAt: 0,
};

const interactions: Interaction[] = Array.from({ length: 12 }, (_, i) => ({
  id: `i${i}`,
  clientId: 'c1',
  kind: i % 2 ? 'call' : 'email-in',
  at: NOW - (12 - i) * DAY,
  summary: `summary ${i}`,
  source: 'test',
  ...(i >= 10 ? { sentiment: -1 } : i >= 6 ? { sentiment: 1 } : {}),
}));

const input = (): BriefInput => ({
  client,
  interactions,
  deadlines: [
    createDeadline({ clientId: 'c1', matterId: 'm1', title: 'Opposition to demurrer', kind: 'court', dueDate: '2026-03-12' }, 'd1', NOW),
    createDeadline({ clientId: 'c1', title: 'Send the draft lease', kind: 'promise', dueDate: '2026-03-09' }, 'p1', NOW),
    createDeadline({ clientId: 'c1', title: 'Case review', kind: 'internal', dueDate: '2026-04-30' }, 'd2', NOW),
    markDone(createDeadline({ clientId: 'c1', title: 'Already filed', kind: 'court', dueDate: '2026-03-01' }, 'd3', NOW), NOW),
    createDeadline({ clientId: 'other', title: 'Someone else’s', kind: 'court', dueDate: '2026-03-11' }, 'd4', NOW),
  ],
  filings: [{ id: 'f1', at: NOW - DAY, status: 'Rejected by Court', caseNumber: '22STCV01234', ref: 'order 31845203' }],
  openQuestions: [
    { id: 'q2', text: 'Does the lease have an option to renew?', addedAt: 2 },
    { id: 'q1', text: 'Who signed the guarantee?', addedAt: 1 },
    { id: 'q3', text: 'Answered already', addedAt: 3, resolvedAt: 4 },
  ],
  now: NOW,
});

describe('assembleBrief', () => {
  const b = assembleBrief(input());

  it('who they are, with talking points one per line and private notes left out', () => {
    expect(b.who).toMatchObject({ name: 'Ana', fullName: 'Ana María Ruiz', organisation: 'Ruiz Bakery LLC', matters: ['Ruiz v. Landlord Co. · 22STCV01234'] });
    expect(b.talkingPoints).toEqual([
      { label: 'Family', points: ['Married to Luis', 'Two kids, Sofía (9) and Leo (6)'] },
      { label: 'Interests', points: ['Marathons'] },
      { label: 'How we met', points: ['Referred by Dr. Chen'] },
    ]);
    expect(JSON.stringify(b)).not.toContain('private working notes');
  });

  it('the last ten interactions, newest first', () => {
    expect(b.interactions).toHaveLength(10);
    expect(b.interactions[0]).toMatchObject({ id: 'i11', kindLabel: 'Call', summary: 'summary 11', mood: 'frustrated' });
    expect(b.interactions.at(-1)!.id).toBe('i2');
  });

  it('open deadlines and promises of this client only, soonest first, with states', () => {
    expect(b.deadlines.map((d) => [d.id, d.state, d.matter])).toEqual([
      ['d1', 'at-risk', 'Ruiz v. Landlord Co. · 22STCV01234'],
      ['d2', 'upcoming', undefined],
    ]);
    expect(b.promises.map((d) => [d.id, d.state])).toEqual([['p1', 'missed']]);
  });

  it('mood, goals (open first), filings and unresolved questions in the order they were added', () => {
    expect(b.mood.checkIn).toMatchObject({ raised: true, reason: 'two-frustrated' });
    expect(b.mood.moods).toHaveLength(10);
    expect(b.goals.map((g) => g.status)).toEqual(['open', 'met']);
    expect(b.filings).toHaveLength(1);
    expect(b.openQuestions).toEqual(['Who signed the guarantee?', 'Does the lease have an option to renew?']);
  });
});

describe('PrepBrief', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  const mount = (b = assembleBrief(input()), onPrint?: () => void) => {
    const el = document.body.appendChild(document.createElement('div'));
    render(<PrepBrief brief={b} locale="en-US" onPrint={onPrint} />, el);
    return el;
  };
  const section = (el: HTMLElement, name: string) =>
    [...el.querySelectorAll('section')].find((s) => s.querySelector('h2')!.textContent === name) as HTMLElement;

  it('shows every section, the date it was made and the check-in', () => {
    const el = mount();
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Who they are', 'Goals', 'Deadlines', 'Open promises', 'Filings flagged', 'Mood trend', 'Last 10 interactions', 'Open questions',
    ]);
    expect(el.querySelector('time')!.textContent).toBe('Tuesday, March 10, 2026 at 9:00 AM');
    expect(el.querySelector('[role=status]')!.textContent).toBe('Check in with Ana — two frustrated interactions in a row.');
    expect(section(el, 'Deadlines').textContent).toContain('At risk Opposition to demurrer — due Thu, Mar 12, 2026 (in 2 days); target Mon, Mar 9, 2026');
    expect(section(el, 'Open promises').textContent).toContain('Missed Send the draft lease');
    expect(section(el, 'Filings flagged').textContent).toContain('Rejected by Court · 22STCV01234 · order 31845203');
    expect(section(el, 'Mood trend').querySelector('svg[role=img]')).not.toBeNull();
    expect(section(el, 'Open questions').querySelectorAll('li')).toHaveLength(2);
    expect(section(el, 'Goals').textContent).toContain('Acceptable outcome: Rent increase under 10%');
  });

  it('says "None" in an empty section instead of leaving it out', () => {
    const b = assembleBrief({ ...input(), deadlines: [], filings: [], openQuestions: [], interactions: [], client: { ...client, goals: [] } });
    const el = mount(b);
    for (const name of ['Goals', 'Deadlines', 'Open promises', 'Filings flagged', 'Mood trend', 'Open questions']) {
      expect(section(el, name).textContent).toContain('None.');
    }
    expect(section(el, 'Last interactions').textContent).toContain('None.');
  });

  it('prints from its button, which itself is not printed', () => {
    const onPrint = vi.fn();
    const el = mount(undefined, onPrint);
    const button = el.querySelector('button')!;
    expect(button.classList.contains('no-print')).toBe(true);
    button.click();
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('client text is shown as text, never as markup', () => {
    const b = assembleBrief({ ...input(), client: { ...client, notes: { ...client.notes, interests: '<img src=x onerror=alert(1)>' } } });
    const el = mount(b);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
