// Deadline states at their edges, in a zone with daylight saving: the buffer's
// first day, midnight, and the March and November changes in Los Angeles.
// Node reads TZ when it is set, before any Date below is made.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { deadlineStatus, dueInstant, needsAttention, nextDeadlines, isBrokenPromise } from '../../../lib/deadlines/state';
import type { Deadline } from '../../../lib/model/deadline';
import { createDeadline, markDone } from '../../../lib/deadlines/records';

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(y, mo - 1, d, h, mi, s, ms).getTime();

function deadline(p: Partial<Deadline> & Pick<Deadline, 'dueDate'>): Deadline {
  return { id: 'd1', clientId: 'c1', title: 'Opposition brief', kind: 'court', notes: '', history: [], createdAt: 0, updatedAt: 0, ...p };
}

describe('the zone is really Los Angeles', () => {
  it('has both offsets, so the DST cases below mean something', () => {
    expect(new Date(2026, 2, 7, 12).getTimezoneOffset()).toBe(480); // PST
    expect(new Date(2026, 2, 9, 12).getTimezoneOffset()).toBe(420); // PDT
    expect(new Date(2026, 10, 2, 12).getTimezoneOffset()).toBe(480);
  });
});

describe('deadlineStatus', () => {
  const d = deadline({ dueDate: '2026-05-15', bufferDays: 3 });
  it.each([
    ['a week before', at(2026, 5, 8, 12), 'upcoming', 7],
    ['the last moment before the buffer', at(2026, 5, 11, 23, 59, 59, 999), 'upcoming', 4],
    ['midnight starting the buffer’s first day (the target)', at(2026, 5, 12), 'at-risk', 3],
    ['the due day, late evening', at(2026, 5, 15, 23, 59, 59, 999), 'at-risk', 0],
    ['midnight after the due day', at(2026, 5, 16), 'missed', -1],
  ])('%s → %s', (_label, now, state, daysLeft) => {
    const s = deadlineStatus(d, now);
    expect(s.state).toBe(state);
    expect(s.daysLeft).toBe(daysLeft);
    expect(s.targetDate).toBe('2026-05-12');
  });

  it('a timed deadline is missed the minute after its time, not at midnight', () => {
    const t = deadline({ dueDate: '2026-05-15', dueTime: '17:00', bufferDays: 0 });
    expect(deadlineStatus(t, at(2026, 5, 15, 17, 0)).state).toBe('at-risk');
    expect(deadlineStatus(t, at(2026, 5, 15, 17, 0, 0, 1)).state).toBe('missed');
    // Buffer 0: the due day itself is the buffer.
    expect(deadlineStatus(t, at(2026, 5, 14, 23, 59)).state).toBe('upcoming');
    expect(deadlineStatus(t, at(2026, 5, 15, 0, 0)).state).toBe('at-risk');
  });

  it('done wins over every other state, even when past due', () => {
    expect(deadlineStatus(deadline({ dueDate: '2026-05-15', doneAt: at(2026, 5, 20) }), at(2026, 6, 1)).state).toBe('done');
  });

  it('takes the buffer from the kind’s default when the deadline has none', () => {
    const p = deadline({ dueDate: '2026-05-15', kind: 'promise' });
    expect(deadlineStatus(p, at(2026, 5, 14, 9)).bufferDays).toBe(1);
    expect(deadlineStatus(p, at(2026, 5, 13, 9), { court: 3, internal: 2, promise: 2 }).state).toBe('at-risk');
    expect(deadlineStatus(p, at(2026, 5, 13, 9)).state).toBe('upcoming');
  });
});

describe('across daylight-saving changes (America/Los_Angeles)', () => {
  it('March: clocks spring forward on Sunday 8 March 2026; the buffer still starts at local midnight', () => {
    const d = deadline({ dueDate: '2026-03-10', bufferDays: 3 }); // target Sat 7 March, before the change
    expect(deadlineStatus(d, at(2026, 3, 6, 23, 59)).state).toBe('upcoming');
    expect(deadlineStatus(d, at(2026, 3, 7, 0, 0)).state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 3, 10, 23, 59)).state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 3, 11, 0, 0)).state).toBe('missed');
    expect(deadlineStatus(d, at(2026, 3, 7, 12)).daysLeft).toBe(3);
  });

  it('the 23-hour day itself: due on 8 March is missed at midnight on the 9th, not an hour early or late', () => {
    const d = deadline({ dueDate: '2026-03-08', bufferDays: 0 });
    expect(dueInstant(d)).toBe(at(2026, 3, 9) - 1);
    expect(at(2026, 3, 9) - at(2026, 3, 8)).toBe(23 * 3600_000);
    expect(deadlineStatus(d, at(2026, 3, 8, 23, 30)).state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 3, 9, 0, 0)).state).toBe('missed');
  });

  it('a time that does not exist (02:30 on 8 March) is read as 03:30', () => {
    const d = deadline({ dueDate: '2026-03-08', dueTime: '02:30', bufferDays: 0 });
    expect(new Date(dueInstant(d)).getHours()).toBe(3);
    expect(deadlineStatus(d, at(2026, 3, 8, 3, 29)).state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 3, 8, 3, 31)).state).toBe('missed');
  });

  it('November: clocks fall back on Sunday 1 November 2026; the 25-hour day ends at local midnight', () => {
    const d = deadline({ dueDate: '2026-11-01', bufferDays: 1 });
    expect(at(2026, 11, 2) - at(2026, 11, 1)).toBe(25 * 3600_000);
    expect(deadlineStatus(d, at(2026, 10, 30, 23, 59)).state).toBe('upcoming');
    expect(deadlineStatus(d, at(2026, 10, 31, 0, 0)).state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 11, 1, 23, 59)).state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 11, 2, 0, 0)).state).toBe('missed');
  });

  it('a buffer that spans the November change counts calendar days, not 24-hour periods', () => {
    const d = deadline({ dueDate: '2026-11-03', bufferDays: 2 }); // target Sun 1 November
    const s = deadlineStatus(d, at(2026, 11, 1, 0, 30));
    expect(s.targetDate).toBe('2026-11-01');
    expect(s.state).toBe('at-risk');
    expect(deadlineStatus(d, at(2026, 10, 31, 23, 30)).state).toBe('upcoming');
  });
});

describe('lists', () => {
  const now = at(2026, 5, 10, 9);
  const list = [
    deadline({ id: 'later', dueDate: '2026-06-30', bufferDays: 2 }),
    deadline({ id: 'missed', dueDate: '2026-05-01', bufferDays: 2 }),
    deadline({ id: 'risk', dueDate: '2026-05-11', bufferDays: 2 }),
    deadline({ id: 'done', dueDate: '2026-05-09', bufferDays: 2, doneAt: now }),
    deadline({ id: 'soon', dueDate: '2026-05-20', bufferDays: 2 }),
    deadline({ id: 'promise', kind: 'promise', dueDate: '2026-05-09', dueTime: '12:00' }),
  ];
  it('next three: open ones by due moment, missed first, done left out', () => {
    expect(nextDeadlines(list, now).map((d) => d.id)).toEqual(['missed', 'promise', 'risk']);
    expect(nextDeadlines(list, now, 10).map((d) => d.status.state)).toEqual(['missed', 'missed', 'at-risk', 'upcoming', 'upcoming']);
  });
  it('counts at risk and missed for the badge', () => {
    expect(needsAttention(list, now)).toEqual({ atRisk: 1, missed: 2 });
  });
  it('flags a promise past due, and only a promise', () => {
    expect(list.filter((d) => isBrokenPromise(d, now)).map((d) => d.id)).toEqual(['promise']);
    expect(isBrokenPromise(markDone(createDeadline({ clientId: 'c', title: 'Send draft', kind: 'promise', dueDate: '2026-05-01' }, 'p', now - 1e9), now), now)).toBe(false);
  });
});
