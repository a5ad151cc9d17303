/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NextDeadlines } from '../../../../components/deadlines/next-deadlines';
import { DeadlinesTable } from '../../../../components/deadlines/deadlines-table';
import { createDeadline, markDone } from '../../../../lib/deadlines/records';
import { button, byLabel, click, fill } from './dom';

const NOW = new Date(2026, 2, 10, 9).getTime(); // Tue 10 March 2026

const list = [
  createDeadline({ clientId: 'c1', title: 'Case review', kind: 'internal', dueDate: '2026-04-30' }, 'review', NOW),
  createDeadline({ clientId: 'c1', title: 'Opposition to demurrer', kind: 'court', dueDate: '2026-03-12' }, 'opp', NOW),
  createDeadline({ clientId: 'c1', title: 'Send the draft lease', kind: 'promise', dueDate: '2026-03-09', dueTime: '17:00' }, 'lease', NOW),
  createDeadline({ clientId: 'c1', title: 'Discovery responses', kind: 'court', dueDate: '2026-03-27' }, 'disc', NOW),
  markDone(createDeadline({ clientId: 'c1', title: 'Filed answer', kind: 'court', dueDate: '2026-03-02' }, 'ans', NOW), NOW),
];

let el: HTMLElement;
beforeEach(() => {
  el = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, el);
  el.remove();
});

describe('NextDeadlines', () => {
  it('shows the next three open ones, soonest first, each with its state in words and a state class', async () => {
    await act(() => render(<NextDeadlines deadlines={list} now={NOW} locale="en-US" />, el));
    const items = [...el.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.rp-dl-title')!.textContent)).toEqual(['Promise: Send the draft lease', 'Opposition to demurrer', 'Discovery responses']);
    expect(items.map((li) => li.querySelector('.rp-dl-state')!.textContent)).toEqual(['Missed', 'At risk', 'Upcoming']);
    expect(items.map((li) => li.className)).toEqual(['rp-dl-item rp-dl-missed', 'rp-dl-item rp-dl-at-risk', 'rp-dl-item rp-dl-upcoming']);
    expect(items[0]!.querySelector('.rp-dl-when')!.textContent).toBe('Due Mon, Mar 9, 2026, 5:00 PM (yesterday)');
    expect(items[2]!.querySelector('.rp-dl-when')!.textContent).toBe('Due Fri, Mar 27, 2026 (in 17 days) · target Tue, Mar 24, 2026');
    expect(el.textContent).toContain('1 more open');
  });

  it('offers "Tell the client" only where something is at risk or missed, and passes ids out', async () => {
    const onDone = vi.fn();
    const onHeadsUp = vi.fn();
    await act(() => render(<NextDeadlines deadlines={list} now={NOW} onDone={onDone} onHeadsUp={onHeadsUp} />, el));
    expect([...el.querySelectorAll('button')].filter((b) => b.textContent === 'Tell the client')).toHaveLength(2);
    await click(button(el, 'Tell the client: Opposition to demurrer'));
    await click(button(el, 'Mark done: Discovery responses'));
    expect(onHeadsUp).toHaveBeenCalledWith('opp');
    expect(onDone).toHaveBeenCalledWith('disc');
  });

  it('says so when nothing is open', async () => {
    await act(() => render(<NextDeadlines deadlines={[list[4]!]} now={NOW} />, el));
    expect(el.textContent).toContain('Nothing open.');
  });
});

describe('DeadlinesTable', () => {
  const rows = [
    ...list.map((deadline) => ({ deadline, clientName: 'Ana Ruiz' })),
    { deadline: createDeadline({ clientId: 'c2', title: 'Appeal brief', kind: 'court', dueDate: '2026-03-11' }, 'appeal', NOW), clientName: 'Bob Chen' },
  ];
  const titles = () => [...el.querySelectorAll('tbody tr')].map((tr) => tr.children[2]!.textContent);

  it('lists open deadlines by due date by default, with state words and a count', async () => {
    await act(() => render(<DeadlinesTable rows={rows} now={NOW} locale="en-US" />, el));
    expect(titles()).toEqual(['Send the draft lease', 'Appeal brief', 'Opposition to demurrer', 'Discovery responses', 'Case review']);
    expect([...el.querySelectorAll('tbody .rp-dl-state')].map((s) => s.textContent)).toEqual(['Missed', 'At risk', 'At risk', 'Upcoming', 'Upcoming']);
    expect(el.textContent).toContain('Showing 5 of 6');
    expect(el.querySelector('th[aria-sort]')!.textContent).toContain('Due');
    expect(el.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts by a column and toggles the direction, announcing it with aria-sort', async () => {
    await act(() => render(<DeadlinesTable rows={rows} now={NOW} />, el));
    await click(button(el, /^Client/));
    expect([...el.querySelectorAll('tbody tr')].map((tr) => tr.children[3]!.textContent)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Bob Chen']);
    await click(button(el, /^Client/));
    expect(el.querySelector('tbody tr')!.children[3]!.textContent).toBe('Bob Chen');
    const th = [...el.querySelectorAll('th')].find((t) => t.textContent!.startsWith('Client'))!;
    expect(th.getAttribute('aria-sort')).toBe('descending');
    await click(button(el, /^Deadline/));
    expect(titles()).toEqual(['Appeal brief', 'Case review', 'Discovery responses', 'Opposition to demurrer', 'Send the draft lease']);
    await click(button(el, /^State/));
    expect(titles()[0]).toBe('Send the draft lease');
  });

  it('filters by state and by kind', async () => {
    await act(() => render(<DeadlinesTable rows={rows} now={NOW} />, el));
    await fill(byLabel(el, 'State'), 'at-risk');
    expect(titles()).toEqual(['Appeal brief', 'Opposition to demurrer']);
    await fill(byLabel(el, 'State'), 'done');
    expect(titles()).toEqual(['Filed answer']);
    await fill(byLabel(el, 'State'), 'all');
    await fill(byLabel(el, 'Kind'), 'promise');
    expect(titles()).toEqual(['Send the draft lease']);
    expect(el.textContent).toContain('Showing 1 of 6');
    await fill(byLabel(el, 'Kind'), 'internal');
    await fill(byLabel(el, 'State'), 'missed');
    expect(titles()).toEqual([]);
    expect(el.textContent).toContain('No deadlines match.');
  });

  it('marks done and opens through callbacks', async () => {
    const onDone = vi.fn();
    const onOpen = vi.fn();
    await act(() => render(<DeadlinesTable rows={rows} now={NOW} onDone={onDone} onOpen={onOpen} />, el));
    await click(button(el, 'Mark done: Appeal brief'));
    await click([...el.querySelectorAll('a')].find((a) => a.textContent === 'Case review')!);
    expect(onDone).toHaveBeenCalledWith('appeal');
    expect(onOpen).toHaveBeenCalledWith('review');
  });
});
