import { t } from '../../lib/i18n/t';
import { CHECK_IN_REASONS, type CheckIn } from '../../lib/mood/trend';

/** "Check in with Ana — two frustrated interactions in a row." Renders nothing when the flag is down. */
export function CheckInNotice({ name, state }: { name: string; state: CheckIn }) {
  if (!state.raised || !state.reason) return null;
  return (
    <p class="rp-check-in" role="status">
      <strong>{t('sidebar_check_in_with', { name })}</strong> — {CHECK_IN_REASONS[state.reason]}.
    </p>
  );
}
