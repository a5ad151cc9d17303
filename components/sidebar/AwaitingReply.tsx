import type { WaitLevel } from '../../lib/model/awaiting';
import { t } from '../../lib/i18n/t';
import { absoluteTime, duration } from './time';

/** "Waiting for your reply · 2 days": the client wrote last and has not heard back. */
export function AwaitingReply({ since, now, level }: { since: number; now: number; level: WaitLevel }) {
  const vars = { duration: duration(since, now) };
  const text = level === 'urgent' ? t('sidebar_awaiting_urgent', vars) : level === 'warn' ? t('sidebar_awaiting_warn', vars) : t('sidebar_awaiting', vars);
  return (
    <p class={`rp-await rp-await-${level}`} title={t('sidebar_awaiting_since', { when: absoluteTime(since) })}>
      {text}
    </p>
  );
}
