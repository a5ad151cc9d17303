import { t } from '../../lib/i18n/t';
import { checkInReason, type CheckIn } from '../../lib/mood/trend';
import { withElement } from '../sidebar/with-element';

/** "Check in with Ana — two frustrated interactions in a row." Renders nothing when the flag is down. */
export function CheckInNotice({ name, state }: { name: string; state: CheckIn }) {
  const reason = state.reason;
  if (!state.raised || !reason) return null;
  return (
    <p class="rp-check-in" role="status">
      {withElement((checkIn) => t('sidebar_check_in_line', { checkIn, reason: checkInReason(reason) }), <strong>{t('sidebar_check_in_with', { name })}</strong>)}
    </p>
  );
}
