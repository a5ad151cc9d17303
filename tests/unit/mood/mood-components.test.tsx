/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { MoodSparkline } from '../../../components/mood/mood-sparkline';
import { CheckInNotice } from '../../../components/mood/check-in';
import { checkIn } from '../../../lib/mood/trend';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

describe('MoodSparkline', () => {
  it('names itself for screen readers with every mood, including the missing ones', () => {
    const el = root();
    render(<MoodSparkline moods={[1, undefined, -1, -2]} />, el);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = el.querySelector(`#${CSS.escape(svg.getAttribute('aria-labelledby')!)}`)!;
    expect(title.tagName.toLowerCase()).toBe('title');
    expect(title.textContent).toBe('Mood over the last 4 interactions, oldest first: pleased, not recorded, frustrated, frustrated.');
  });

  it('draws one dot per interaction, hollow where no mood was recorded, and the line through the rest', () => {
    const el = root();
    render(<MoodSparkline moods={[2, undefined, 0, -2]} width={100} height={24} />, el);
    expect(el.querySelectorAll('circle.rp-spark-dot')).toHaveLength(3);
    expect(el.querySelectorAll('circle.rp-spark-none')).toHaveLength(1);
    expect(el.querySelector('circle.rp-spark-frustrated')).not.toBeNull();
    expect(el.querySelector('path')!.getAttribute('d')).toMatch(/^M3 3 L/);
  });

  it('can show the description as text', () => {
    const el = root();
    render(<MoodSparkline moods={[0]} showText />, el);
    expect(el.querySelector('.rp-spark-text')!.textContent).toBe('Mood over the last 1 interaction, oldest first: neutral.');
  });
});

describe('CheckInNotice', () => {
  it('says whom to check in with and why, and nothing when there is no reason to', () => {
    const el = root();
    const at = (d: number, sentiment: number) => ({ at: d, sentiment });
    render(<CheckInNotice name="Ana" state={checkIn([at(1, -1), at(2, -2)])} />, el);
    expect(el.querySelector('[role=status]')!.textContent).toBe('Check in with Ana — two frustrated interactions in a row.');
    render(<CheckInNotice name="Ana" state={checkIn([at(1, -1), at(2, -2), at(3, 1)])} />, el);
    expect(el.textContent).toBe('');
  });
});
