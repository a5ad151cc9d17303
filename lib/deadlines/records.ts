// Pure changes to a deadline record. Each returns a new, validated record (or
// throws a ZodError naming the bad field and changes nothing); the database
// layer stores what comes back in one transaction.
import {
  deadlineInputSchema,
  deadlineSchema,
  HISTORY_LIMIT,
  type Deadline,
  type DeadlineFields,
  type DeadlineHistoryLine,
  type DeadlineInput,
} from '../model/deadline';

const withLine = (history: DeadlineHistoryLine[], line: DeadlineHistoryLine) => [...history, line].slice(-HISTORY_LIMIT);

export function createDeadline(input: DeadlineInput, id: string, now: number): Deadline {
  const fields = deadlineInputSchema.parse(input);
  return deadlineSchema.parse({ ...fields, id, createdAt: now, updatedAt: now, history: [{ type: 'created', at: now }] });
}

/** Fields a user may change after creation; the client a deadline belongs to is fixed. */
export type DeadlineChanges = Partial<Omit<DeadlineInput, 'clientId'>>;

/**
 * Applies an edit. Moving the due date or time adds a history line (with the
 * reason, when the user gave one); other edits only bump updatedAt. Passing
 * `bufferDays: undefined` explicitly returns the deadline to its kind's default.
 */
export function updateDeadline(d: Deadline, changes: DeadlineChanges, now: number, reason?: string): Deadline {
  const merged: Record<string, unknown> = { ...pickInput(d) };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  const fields = deadlineInputSchema.parse({ ...merged, clientId: d.clientId });
  const moved = fields.dueDate !== d.dueDate || fields.dueTime !== d.dueTime;
  const history = moved
    ? withLine(d.history, {
        type: 'due-changed',
        at: now,
        from: { date: d.dueDate, ...(d.dueTime ? { time: d.dueTime } : {}) },
        to: { date: fields.dueDate, ...(fields.dueTime ? { time: fields.dueTime } : {}) },
        ...(reason?.trim() ? { reason: reason.trim() } : {}),
      })
    : d.history;
  return deadlineSchema.parse({ ...fields, id: d.id, createdAt: d.createdAt, updatedAt: now, doneAt: d.doneAt, history });
}

export function markDone(d: Deadline, now: number): Deadline {
  if (d.doneAt !== undefined) return d;
  return { ...d, doneAt: now, updatedAt: now, history: withLine(d.history, { type: 'done', at: now }) };
}

/** Reopening keeps when it had been done, so the history shows both. */
export function reopen(d: Deadline, now: number, reason?: string): Deadline {
  if (d.doneAt === undefined) return d;
  const { doneAt, ...rest } = d;
  const line: DeadlineHistoryLine = { type: 'reopened', at: now, doneAt, ...(reason?.trim() ? { reason: reason.trim() } : {}) };
  return { ...rest, updatedAt: now, history: withLine(d.history, line) };
}

function pickInput(d: Deadline): DeadlineInput {
  const out: DeadlineFields = {
    clientId: d.clientId,
    title: d.title,
    kind: d.kind,
    dueDate: d.dueDate,
    notes: d.notes,
  };
  if (d.matterId !== undefined) out.matterId = d.matterId;
  if (d.dueTime !== undefined) out.dueTime = d.dueTime;
  if (d.bufferDays !== undefined) out.bufferDays = d.bufferDays;
  return out;
}
