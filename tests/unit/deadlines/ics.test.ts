// Calendar export, read back with ical.js as a calendar app would.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { deadlinesToIcs, dueUid, icsFileName, targetUid } from '../../../lib/deadlines/ics';
import { createDeadline, markDone, updateDeadline } from '../../../lib/deadlines/records';

const NOW = new Date(2026, 2, 1, 10).getTime();

const court = createDeadline(
  { clientId: 'c1', title: 'Opposition, demurrer; part 2', kind: 'court', dueDate: '2026-03-20', notes: 'File via One Legal.\nServe by e-mail.' },
  'd-court',
  NOW,
);
// 17:00 on Tuesday 10 March, two days after clocks sprang forward: PDT, UTC−7.
const timed = updateDeadline(
  createDeadline({ clientId: 'c1', title: 'Send the draft lease', kind: 'promise', dueDate: '2026-03-09', dueTime: '17:00' }, 'd-promise', NOW),
  { dueDate: '2026-03-10' },
  NOW + 1000,
  'Client asked for one more day',
);
const noBuffer = createDeadline({ clientId: 'c2', title: 'Internal review', kind: 'internal', dueDate: '2026-12-31', bufferDays: 0 }, 'd-int', NOW);
const done = markDone(createDeadline({ clientId: 'c2', title: 'Old task', kind: 'internal', dueDate: '2026-02-01' }, 'd-done', NOW - 1e9), NOW);

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) }));
}

describe('deadlinesToIcs', () => {
  const ics = deadlinesToIcs(
    [
      { deadline: court, clientName: 'Ana Ruiz', matterLabel: '22STCV01234' },
      { deadline: timed, clientName: 'Ana Ruiz' },
      { deadline: noBuffer, clientName: 'Acme, Inc.' },
      { deadline: done, clientName: 'Acme, Inc.' },
    ],
    { now: NOW, calendarName: 'Rapport deadlines' },
  );
  const evs = events(ics);
  const byUid = (uid: string) => evs.find((x) => x.e.uid === uid)!;

  it('is a valid calendar with CRLF lines, and one event per due date plus one per open buffer target', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toMatch(/PRODID:-\/\/Rapport\/\/Deadlines\/\/EN\r\n/);
    expect(evs.map((x) => x.e.uid).sort()).toEqual(
      [dueUid(court), targetUid(court), dueUid(timed), targetUid(timed), dueUid(noBuffer)].sort(),
    );
  });

  it('a date-only deadline is an all-day event on its date, text round-tripping with its commas, semicolons and new lines', () => {
    const { e, c } = byUid(dueUid(court));
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2026-03-20');
    expect(e.endDate.toString()).toBe('2026-03-21');
    expect(e.summary).toBe('Opposition, demurrer; part 2 — Ana Ruiz');
    expect(e.description).toContain('Court deadline for Ana Ruiz (22STCV01234).');
    expect(e.description).toContain('Internal target: Tue, Mar 17, 2026 (3 days before).');
    expect(e.description).toContain('File via One Legal.\nServe by e-mail.');
    expect(c.getFirstPropertyValue('categories')).toBe('Court deadline');
    expect(c.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('the buffer target is a second all-day event, related to the deadline', () => {
    const { e, c } = byUid(targetUid(court));
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2026-03-17');
    expect(e.summary).toBe('Target: Opposition, demurrer; part 2 — Ana Ruiz (due Fri, Mar 20, 2026)');
    expect(c.getFirstPropertyValue('related-to')).toBe(dueUid(court));
  });

  it('a timed deadline is the same instant in UTC, across the DST change', () => {
    const { e, c } = byUid(dueUid(timed));
    expect(e.startDate.isDate).toBe(false);
    expect(e.startDate.zone.tzid).toBe('UTC');
    expect(e.startDate.toString()).toBe('2026-03-11T00:00:00Z');
    expect(e.startDate.toJSDate().getTime()).toBe(new Date(2026, 2, 10, 17, 0).getTime());
    expect(ics).toContain('DTSTART:20260311T000000Z');
    // One due-date move so far.
    expect(c.getFirstPropertyValue('sequence')).toBe(1);
    expect(byUid(targetUid(timed)).e.startDate.toString()).toBe('2026-03-09');
  });

  it('no target without a buffer; done deadlines only when asked, marked done and without a target', () => {
    expect(evs.some((x) => x.e.uid === targetUid(noBuffer))).toBe(false);
    expect(evs.some((x) => x.e.uid === dueUid(done))).toBe(false);
    const withDone = events(deadlinesToIcs([{ deadline: done, clientName: 'Acme' }], { now: NOW, includeDone: true }));
    expect(withDone.map((x) => x.e.summary)).toEqual(['Done: Old task — Acme']);
  });

  it('an empty export is still a calendar', () => {
    const empty = new ICAL.Component(ICAL.parse(deadlinesToIcs([], { now: NOW })));
    expect(empty.name).toBe('vcalendar');
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('icsFileName', () => {
  it.each([
    ['Ana Ruiz', 'rapport-deadlines-ana-ruiz-2026-03-01.ics'],
    ['Peña & Hijos / "Ñ"', 'rapport-deadlines-pena-hijos-n-2026-03-01.ics'],
    ['', 'rapport-deadlines-2026-03-01.ics'],
  ])('%j → %s', (scope, name) => {
    expect(icsFileName(scope, '2026-03-01')).toBe(name);
  });
});
