/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HolidayListEditor } from '../../../../components/deadlines/holiday-list-editor';
import { CALIFORNIA_HOLIDAYS, type HolidayEdits } from '../../../../lib/deadlines/holidays';
import { button, byLabel, click, fill, settle, submit } from './dom';

let el: HTMLElement;
beforeEach(() => {
  el = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, el);
  el.remove();
});

/** The editor over the California list, saving into `saved` as the settings record would. */
async function mount(edits?: HolidayEdits) {
  const saved: (HolidayEdits | undefined)[] = [];
  const onChange = vi.fn(async (next: HolidayEdits | undefined) => {
    saved.push(next);
    await act(() => render(<HolidayListEditor shipped={CALIFORNIA_HOLIDAYS} edits={next} onChange={onChange} />, el));
    return null;
  });
  await act(() => render(<HolidayListEditor shipped={CALIFORNIA_HOLIDAYS} edits={edits} onChange={onChange} />, el));
  return { saved, onChange };
}
const addForm = () => el.querySelector<HTMLFormElement>('form[aria-label="Add a day to California judicial holidays"]')!;
const alertText = () => el.querySelector('[role=alert]')?.textContent ?? '';

describe('HolidayListEditor', () => {
  it('adds a court closure and says so in the list; takes a shipped day off and puts it back; resets', async () => {
    const { saved } = await mount();
    await fill(byLabel(el, 'Date'), '2026-03-04');
    await fill(byLabel(el, 'Name'), 'Storm');
    await click(byLabel(el, 'The court was closed that day (not a holiday)') as HTMLInputElement);
    await submit(addForm());
    await settle();
    expect(saved.at(-1)).toEqual({ added: [{ date: '2026-03-04', name: 'Storm', closure: true }], removed: [] });
    expect(el.textContent).toContain('2026-03-04 — Storm court closed yours');
    expect(el.textContent).toContain('with your changes: 1 day added');

    await click(button(el, 'Take 2026-03-31 Cesar Chavez Day off California judicial holidays'));
    await settle();
    expect(saved.at(-1)).toEqual({ added: [{ date: '2026-03-04', name: 'Storm', closure: true }], removed: ['2026-03-31'] });
    await click(button(el, 'Put 2026-03-31 back on California judicial holidays'));
    await settle();
    expect(saved.at(-1)?.removed).toEqual([]);

    await click(button(el, 'Reset California judicial holidays to the shipped list'));
    await settle();
    expect(saved.at(-1)).toBeUndefined();
    expect(el.textContent).toContain('(shipped with Rapport)');
  });

  it('refuses a bad day with its reason and saves nothing', async () => {
    const { onChange } = await mount();
    const tryAdd = async (date: string, name: string) => {
      await fill(byLabel(el, 'Date'), date);
      await fill(byLabel(el, 'Name'), name);
      await submit(addForm());
      await settle();
      return alertText();
    };
    expect(await tryAdd('', 'Storm')).toBe('Choose the date, e.g. 2026-12-24.');
    // A date field holds '' for a day that does not exist, as browsers do.
    expect(await tryAdd('2026-02-30', 'Storm')).toBe('Choose the date, e.g. 2026-12-24.');
    expect(await tryAdd('2026-03-04', ' ')).toBe('Give the holiday its name.');
    expect(await tryAdd('2026-12-25', 'Christmas')).toBe('2026-12-25 is already on this list: Christmas Day.');
    expect(await tryAdd('2026-03-07', 'Storm')).toBe('2026-03-07 is a Saturday: never a court day anyway');
    expect(onChange).not.toHaveBeenCalled();
  });
});
