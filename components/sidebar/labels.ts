import type { GoalStatus } from '../../lib/model/client';
import type { InteractionKind } from '../../lib/model/interaction';
import type { CadenceStatus } from '../../lib/model/cadence';
import { t } from '../../lib/i18n/t';
import { moodText, moodWord } from '../../lib/mood/trend';

export { INTERACTION_LABELS as KIND_LABELS } from '../../lib/model/labels';

/** What a lawyer logs by hand; e-mails read off the page and filings come in on their own. */
export const LOGGABLE: InteractionKind[] = ['call', 'meeting', 'email-out', 'email-in', 'note'];

export function cadenceLabel(status: CadenceStatus): string {
  switch (status) {
    case 'on-track':
      return t('sidebar_cadence_on_track');
    case 'due':
      return t('sidebar_cadence_due');
    case 'overdue':
      return t('sidebar_cadence_overdue');
    default:
      return t('sidebar_cadence_never');
  }
}

const GOAL_STATUSES: readonly GoalStatus[] = ['open', 'met', 'revised', 'dropped'];

export function goalStatusLabel(status: GoalStatus): string {
  switch (status) {
    case 'met':
      return t('sidebar_goal_met');
    case 'revised':
      return t('sidebar_goal_revised');
    case 'dropped':
      return t('sidebar_goal_dropped');
    default:
      return t('sidebar_goal_open');
  }
}

/** For a <select>, in order; read when the select is drawn. */
export function goalStatusOptions(): [GoalStatus, string][] {
  return GOAL_STATUSES.map((s) => [s, goalStatusLabel(s)]);
}

/**
 * The same, read once when this module loads (the browser's language does not
 * change while a page is open). Kept for the prep brief; new code calls
 * goalStatusLabel / goalStatusOptions.
 */
export const GOAL_STATUS: [GoalStatus, string][] = goalStatusOptions();

/** sentiment −2…+2 as words; colour alone would not do. Empty when none was recorded. */
export function moodLabel(s: number | undefined): string {
  return s === undefined ? '' : moodText(moodWord(s));
}
