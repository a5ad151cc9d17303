import type { WaitLevel } from '../../lib/model/awaiting';
import { absoluteTime, duration } from './time';

const LABEL: Record<WaitLevel, string> = { waiting: '', warn: ' — reply soon', urgent: ' — overdue' };

/** "Waiting for your reply · 2 days": the client wrote last and has not heard back. */
export function AwaitingReply({ since, now, level }: { since: number; now: number; level: WaitLevel }) {
  return (
    <p class={`rp-await rp-await-${level}`} title={`Their message arrived ${absoluteTime(since)}`}>
      Waiting for your reply · {duration(since, now)}
      {LABEL[level]}
    </p>
  );
}
