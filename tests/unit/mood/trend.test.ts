import { describe, expect, it } from 'vitest';
import { checkIn, describeMoods, isFalling, recentMoods, type MoodPoint } from '../../../lib/mood/trend';
import { sparkline } from '../../../lib/mood/sparkline';

/** Interactions a day apart, oldest first; null = logged without a mood. */
const seq = (moods: (number | null)[]): MoodPoint[] =>
  moods.map((m, i) => ({ at: Date.UTC(2026, 0, 1 + i), ...(m === null ? {} : { sentiment: m }) }));

describe('isFalling: the fitted line drops ≥ 2 points over five and the latest is below their average', () => {
  it.each<[number[], boolean, string]>([
    [[2, 1, 1, 0, 0], true, 'slow slide from pleased to neutral (10·slope = −5)'],
    [[2, 2, 0, 1, -1], true, 'noisy decline'],
    [[1, 0, 0, 0, -1], false, 'only 10·slope = −4: one point over the stretch'],
    [[0, 0, 0, 0, -2], false, '10·slope = −4'],
    [[2, 2, 2, -2, 1], false, 'a dip that recovered: latest not below the average'],
    [[2, 1, 0, -1, 0], true, 'still below the average after a small rise'],
    [[-2, -1, 0, 1, 2], false, 'rising'],
    [[0, 0, 0, 0, 0], false, 'flat'],
    [[2, 2, 1, 1, 1], false, '10·slope = −3'],
    [[2, 1, 0], false, 'fewer than five'],
  ])('%j → %s (%s)', (five, expected) => {
    expect(isFalling(five)).toBe(expected);
  });
});

describe('checkIn: raise on two frustrated in a row or a fall; a pleased or neutral interaction clears', () => {
  it.each<[(number | null)[], boolean, string | undefined, string]>([
    [[], false, undefined, 'nothing logged'],
    [[1, 0, -1], false, undefined, 'one frustrated'],
    [[1, -1, -2], true, 'two-frustrated', 'two in a row'],
    [[-1, -1, 0], false, undefined, 'cleared by a neutral one'],
    [[-1, -1, 1], false, undefined, 'cleared by a pleased one'],
    [[-1, -1, null], true, 'two-frustrated', 'an interaction without a mood does not clear'],
    [[-1, null, -1], true, 'two-frustrated', 'in a row among rated interactions'],
    [[-1, 0, -1], false, undefined, 'a neutral one between them breaks the run'],
    [[-2, -2, -1], true, 'two-frustrated', 'stays raised while frustrated'],
    [[2, 1, 1, 0, 0], true, 'falling', 'a fall raises it even on a neutral interaction'],
    [[2, 1, 1, 0, 0, 0], false, undefined, 'the next neutral ends the fall and clears (10·slope = −3)'],
    [[2, 2, 2, 1, 0, 0], true, 'falling', 'a neutral that continues the fall keeps it'],
    [[2, 1, 1, 0, 0, 2], false, undefined, 'pleased clears'],
    [[-1, -1, 2, 2, 2, 2, 2, 2, 2, 2, 2], false, undefined, 'older than ten interactions is forgotten'],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1], true, 'two-frustrated', 'the last two of eleven'],
  ])('%j → %s', (moods, raised, reason) => {
    const r = checkIn(seq(moods));
    expect(r.raised).toBe(raised);
    expect(r.reason).toBe(reason);
  });

  it('says when it was raised, and reads interactions in time order whatever order they come in', () => {
    const list = seq([1, -1, -1]).reverse();
    expect(checkIn(list)).toEqual({ raised: true, reason: 'two-frustrated', since: Date.UTC(2026, 0, 3) });
  });
});

describe('recentMoods and describeMoods', () => {
  it('keeps the last ten, oldest first, with gaps where no mood was recorded', () => {
    const moods = recentMoods(seq([2, 2, 1, null, 0, -1, 1, 1, 0, null, -2, 1]));
    expect(moods).toEqual([1, null, 0, -1, 1, 1, 0, null, -2, 1].map((m) => (m === null ? undefined : m)));
    expect(describeMoods([1, undefined, -1])).toBe('Mood over the last 3 interactions, oldest first: pleased, not recorded, frustrated.');
    expect(describeMoods([])).toBe('No interactions yet.');
  });
});

describe('sparkline geometry', () => {
  it('spreads points across the width, +2 at the top and −2 at the bottom', () => {
    const g = sparkline([2, 0, -2], { width: 100, height: 24, pad: 2 });
    expect(g.points).toEqual([
      { x: 2, y: 2, mood: 2 },
      { x: 50, y: 12, mood: 0 },
      { x: 98, y: 22, mood: -2 },
    ]);
    expect(g.zeroY).toBe(12);
    expect(g.path).toBe('M2 2 L50 12 L98 22');
  });

  it('puts a missing mood on the neutral line and draws the line past it', () => {
    const g = sparkline([1, undefined, -1], { width: 100, height: 24, pad: 2 });
    expect(g.points[1]).toEqual({ x: 50, y: 12 });
    expect(g.path).toBe('M2 7 L98 17');
  });

  it('no line for fewer than two moods; one point is centred', () => {
    expect(sparkline([]).path).toBe('');
    const one = sparkline([1], { width: 60 });
    expect(one.path).toBe('');
    expect(one.points[0]!.x).toBe(30);
  });
});
