import type { GoalStatus } from '../../lib/model/client';
import type { InteractionKind } from '../../lib/model/interaction';
import type { CadenceStatus } from '../../lib/model/cadence';

export { INTERACTION_LABELS as KIND_LABELS } from '../../lib/model/labels';

/** What a lawyer logs by hand; e-mails read off the page and filings come in on their own. */
export const LOGGABLE: InteractionKind[] = ['call', 'meeting', 'email-out', 'email-in', 'note'];

export const CADENCE_LABELS: Record<CadenceStatus, string> = {
  'on-track': 'On track',
  due: 'Due',
  overdue: 'Overdue',
  never: 'No contact yet',
};

export const GOAL_STATUS: [GoalStatus, string][] = [
  ['open', 'Open'],
  ['met', 'Met'],
  ['revised', 'Revised'],
  ['dropped', 'Dropped'],
];

/** sentiment −2…+2 as words; colour alone would not do. */
export function moodLabel(s: number | undefined): string {
  return s === undefined ? '' : s > 0 ? 'pleased' : s < 0 ? 'frustrated' : 'neutral';
}
