// Wording for deadlines, shared by the sidebar, popup, options, the brief and
// the calendar export. Zod-free, like lib/model/labels.ts.
import type { DeadlineKind } from '../model/deadline';
import type { DeadlineState } from './state';

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  court: 'Court deadline',
  internal: 'Internal deadline',
  promise: 'Promise to client',
};

/** State words always appear beside the state colour: colour alone would not do. */
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  upcoming: 'Upcoming',
  'at-risk': 'At risk',
  missed: 'Missed',
  done: 'Done',
};
