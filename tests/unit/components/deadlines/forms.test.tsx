/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { es } from 'date-fns/locale/es';
import { DeadlineEditor } from '../../../../components/deadlines/deadline-editor';
import { PromiseInput } from '../../../../components/deadlines/promise-input';
import { createDeadline } from '../../../../lib/deadlines/records';
import { DEFAULT_BUFFER_DAYS } from '../../../../lib/model/deadline';
import { button, byLabel, click, described, fill, settle, submit } from './dom';

const NOW = new Date(2026, 2, 6, 9).getTime(); // Friday 6 March 2026

let el: HTMLElement;
beforeEach(() => {
  el = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, el);
  el.remove();
});
const form = () => el.querySelector('form')!;

describe('DeadlineEditor', () => {
  it('adds a deadline with what the user typed, leaving the buffer to the kind’s default when empty', async () => {
    const onSave = vi.fn();
    await act(() => render(<DeadlineEditor clientId="c1" buffers={DEFAULT_BUFFER_DAYS} matters={[{ id: 'm1', label: '22STCV01234' }]} onSave={onSave} />, el));
    await fill(byLabel(el, 'What is due'), 'Opposition to demurrer');
    await fill(byLabel(el, 'Due date'), '2026-03-20');
    await fill(byLabel(el, 'Time (optional)'), '16:00');
    await fill(byLabel(el, 'Matter'), 'm1');
    expect(described(byLabel(el, 'Buffer days'))).toBe('Empty: 3 (the default for this kind)');
    await fill(byLabel(el, 'Kind'), 'internal');
    expect(described(byLabel(el, 'Buffer days'))).toBe('Empty: 1 (the default for this kind)');
    await submit(form());
    expect(onSave).toHaveBeenCalledWith(
      { clientId: 'c1', title: 'Opposition to demurrer', kind: 'internal', dueDate: '2026-03-20', dueTime: '16:00', matterId: 'm1', notes: '' },
      undefined,
    );
  });

  it('shows each problem under its field, announced, and saves nothing', async () => {
    const onSave = vi.fn();
    await act(() => render(<DeadlineEditor clientId="c1" buffers={DEFAULT_BUFFER_DAYS} onSave={onSave} />, el));
    await fill(byLabel(el, 'Buffer days'), '-2');
    await submit(form());
    expect(onSave).not.toHaveBeenCalled();
    expect(described(byLabel(el, 'What is due'))).toBe('Say what is due');
    expect(described(byLabel(el, 'Due date'))).toBe('Give the due date');
    expect(described(byLabel(el, 'Buffer days'))).toContain('The buffer cannot be negative');
    expect(byLabel(el, 'What is due').getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('[role=alert]')!.textContent).toBe('Please check the fields marked above.');
  });

  it('asks why when an existing deadline’s date moves, and passes the reason on', async () => {
    const d = createDeadline({ clientId: 'c1', title: 'Reply brief', kind: 'court', dueDate: '2026-03-20', bufferDays: 2 }, 'd1', NOW);
    const onSave = vi.fn();
    await act(() => render(<DeadlineEditor clientId="c1" deadline={d} buffers={DEFAULT_BUFFER_DAYS} onSave={onSave} />, el));
    expect(el.textContent).not.toContain('Why did the date move?');
    expect(byLabel(el, 'Buffer days').value).toBe('2');
    await fill(byLabel(el, 'Due date'), '2026-03-27');
    await fill(byLabel(el, 'Why did the date move? (kept in its history)'), 'Stipulated extension');
    await submit(form());
    expect(onSave).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ dueDate: '2026-03-27', bufferDays: 2 }), 'Stipulated extension');
  });

  it('shows a save failure from the caller', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('Rapport is not reachable. Reload the page.'));
    await act(() => render(<DeadlineEditor clientId="c1" buffers={DEFAULT_BUFFER_DAYS} onSave={onSave} />, el));
    await fill(byLabel(el, 'What is due'), 'x');
    await fill(byLabel(el, 'Due date'), '2026-03-20');
    await submit(form());
    await settle();
    expect(el.querySelector('[role=alert]')!.textContent).toBe('Rapport is not reachable. Reload the page.');
  });

  it('court-day helper: served by mail on Mon 2 Mar, 12 days (FRCP 6) → due Thu 19 Mar, with the steps, and fills the date', async () => {
    await act(() => render(<DeadlineEditor clientId="c1" buffers={DEFAULT_BUFFER_DAYS} onSave={vi.fn()} />, el));
    await click(button(el, 'Count court days…'));
    await fill(byLabel(el, 'Served on / event date'), '2026-03-02');
    await fill(byLabel(el, 'Days'), '12');
    await fill(byLabel(el, 'Service'), 'mail');
    expect(el.querySelector('.rp-dl-result')!.textContent).toBe('Served by mail on Mon, Mar 2, 2026 → due Thu, Mar 19, 2026');
    expect([...el.querySelectorAll('.rp-dl-helper ol li')].map((li) => li.textContent!.split(':')[0])).toEqual(['FRCP 6(a)(1)(A)–(B)', 'FRCP 6(a)(1)(C)', 'FRCP 6(d)']);
    await click(button(el, 'Use Thu, Mar 19, 2026'));
    expect(byLabel(el, 'Due date').value).toBe('2026-03-19');
    expect(el.querySelector('.rp-dl-helper')).toBeNull();
  });

  it('court-day helper: California, 16 court days before a hearing, served electronically', async () => {
    await act(() => render(<DeadlineEditor clientId="c1" buffers={DEFAULT_BUFFER_DAYS} onSave={vi.fn()} />, el));
    await click(button(el, 'Count court days…'));
    await fill(byLabel(el, 'Rules'), 'california');
    await fill(byLabel(el, 'Served on / event date'), '2026-12-04');
    await fill(byLabel(el, 'Days'), '16');
    await fill(byLabel(el, 'Counted'), 'before');
    await fill(byLabel(el, 'Unit'), 'court');
    await fill(byLabel(el, 'Service'), 'electronic');
    expect(el.querySelector('.rp-dl-result')!.textContent).toBe('Served electronically on Fri, Dec 4, 2026 → last day Thu, Nov 5, 2026');
    expect(el.querySelector('[role=note]')!.textContent).toMatch(/notice of appeal/);
    await fill(byLabel(el, 'Days'), '0');
    expect(el.querySelector('.rp-dl-helper .rp-dl-error')!.textContent).toMatch(/whole number of days/);
  });
});

describe('PromiseInput', () => {
  it('shows what it understood while typing, adds a promise on Enter and clears', async () => {
    const onAdd = vi.fn();
    await act(() => render(<PromiseInput clientId="c1" now={() => NOW} locale="en-US" onAdd={onAdd} />, el));
    const input = byLabel(el, 'New promise');
    await fill(input, 'Promise: send the draft lease · Fri');
    expect(described(input)).toBe('“send the draft lease” — due Fri, Mar 13, 2026');
    await submit(form());
    await settle();
    expect(onAdd).toHaveBeenCalledWith({ clientId: 'c1', kind: 'promise', title: 'send the draft lease', dueDate: '2026-03-13' });
    expect(input.value).toBe('');
  });

  it('reads Spanish for a Spanish-speaking user, with a time', async () => {
    const onAdd = vi.fn();
    await act(() => render(<PromiseInput clientId="c1" now={() => NOW} dateLocale={es} onAdd={onAdd} />, el));
    await fill(byLabel(el, 'New promise'), 'llamar a Ana mañana a las 17:00');
    await submit(form());
    await settle();
    expect(onAdd).toHaveBeenCalledWith({ clientId: 'c1', kind: 'promise', title: 'llamar a Ana', dueDate: '2026-03-07', dueTime: '17:00' });
  });

  it('explains what it cannot read, keeps the text, and adds nothing', async () => {
    const onAdd = vi.fn();
    await act(() => render(<PromiseInput clientId="c1" now={() => NOW} onAdd={onAdd} />, el));
    const input = byLabel(el, 'New promise');
    await fill(input, 'send the draft');
    await submit(form());
    expect(onAdd).not.toHaveBeenCalled();
    expect(el.querySelector('[role=alert]')!.textContent).toMatch(/Add when it is due/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('send the draft');
  });

  it('keeps the text when saving fails', async () => {
    const onAdd = vi.fn().mockRejectedValue(new Error('Could not reach Rapport'));
    await act(() => render(<PromiseInput clientId="c1" now={() => NOW} onAdd={onAdd} />, el));
    await fill(byLabel(el, 'New promise'), 'call back tomorrow');
    await submit(form());
    await settle();
    expect(el.querySelector('[role=alert]')!.textContent).toBe('Could not reach Rapport');
    expect(byLabel(el, 'New promise').value).toBe('call back tomorrow');
  });
});
