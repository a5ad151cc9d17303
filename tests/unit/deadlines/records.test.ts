import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createDeadline, markDone, reopen, updateDeadline } from '../../../lib/deadlines/records';
import { deadlineSchema, resolveBuffer } from '../../../lib/model/deadline';

const T0 = Date.UTC(2026, 4, 1, 12);
const base = () =>
  createDeadline({ clientId: 'c1', matterId: 'm1', title: ' Opposition to demurrer ', kind: 'court', dueDate: '2026-05-20' }, 'd1', T0);

describe('deadline records', () => {
  it('creates a valid record with a "created" line and trimmed text', () => {
    const d = base();
    expect(d).toMatchObject({ id: 'd1', title: 'Opposition to demurrer', createdAt: T0, updatedAt: T0, notes: '' });
    expect(d.history).toEqual([{ type: 'created', at: T0 }]);
    expect(deadlineSchema.parse(d)).toEqual(d);
  });

  it.each([
    [{ dueDate: '2026-02-30' }, 'dueDate'],
    [{ dueDate: '20/05/2026' }, 'dueDate'],
    [{ dueTime: '24:00' }, 'dueTime'],
    [{ dueTime: '5pm' }, 'dueTime'],
    [{ title: '   ' }, 'title'],
    [{ bufferDays: -1 }, 'bufferDays'],
    [{ bufferDays: 1.5 }, 'bufferDays'],
  ])('rejects %o, naming %s', (bad, field) => {
    const input = { clientId: 'c1', title: 'x', kind: 'court' as const, dueDate: '2026-05-20', ...bad };
    try {
      createDeadline(input, 'd1', T0);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZodError);
      expect((e as ZodError).issues[0]!.path).toEqual([field]);
    }
  });

  it('moving the due date keeps a history line with from, to and the reason', () => {
    const d = updateDeadline(base(), { dueDate: '2026-05-27', dueTime: '16:00' }, T0 + 1000, 'Court continued the hearing');
    expect(d.dueDate).toBe('2026-05-27');
    expect(d.updatedAt).toBe(T0 + 1000);
    expect(d.history.at(-1)).toEqual({
      type: 'due-changed',
      at: T0 + 1000,
      from: { date: '2026-05-20' },
      to: { date: '2026-05-27', time: '16:00' },
      reason: 'Court continued the hearing',
    });
  });

  it('other edits add no history line; a bad edit throws and leaves the record alone', () => {
    const d0 = base();
    const d = updateDeadline(d0, { notes: 'Call the clerk first', bufferDays: 5 }, T0 + 1);
    expect(d.history).toHaveLength(1);
    expect(resolveBuffer(d)).toBe(5);
    expect(resolveBuffer(updateDeadline(d, { bufferDays: undefined }, T0 + 2))).toBe(3);
    expect(() => updateDeadline(d0, { title: '' }, T0 + 3)).toThrow(ZodError);
    expect(d0.title).toBe('Opposition to demurrer');
  });

  it('done and reopened are both kept, with when it had been done', () => {
    const done = markDone(base(), T0 + 10);
    expect(done.doneAt).toBe(T0 + 10);
    expect(markDone(done, T0 + 20)).toBe(done);
    const again = reopen(done, T0 + 30, 'Client sent new facts');
    expect(again.doneAt).toBeUndefined();
    expect(again.history.map((h) => h.type)).toEqual(['created', 'done', 'reopened']);
    expect(again.history.at(-1)).toEqual({ type: 'reopened', at: T0 + 30, doneAt: T0 + 10, reason: 'Client sent new facts' });
    expect(deadlineSchema.parse(again)).toEqual(again);
  });
});
