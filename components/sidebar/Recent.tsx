import type { Interaction } from '../../lib/model/interaction';
import { KIND_LABELS, moodLabel } from './labels';
import { absoluteTime, relativeTime } from './time';

/** "3 days ago", with the exact date and time on hover and for assistive tech via <time>. */
export function When({ at, now }: { at: number; now: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {relativeTime(at, now)}
    </time>
  );
}

export function Recent({ items, now }: { items: Interaction[]; now: number }) {
  if (!items.length) return <p class="rp-muted">Nothing logged yet.</p>;
  return (
    <ul class="rp-list rp-recent">
      {items.slice(0, 5).map((i) => {
        const mood = moodLabel(i.sentiment);
        return (
          <li key={i.id}>
            <div class="rp-row">
              <strong>{KIND_LABELS[i.kind] ?? i.kind}</strong>
              <When at={i.at} now={now} />
              {mood && <span class={`rp-mood rp-mood-${mood}`}>{mood}</span>}
            </div>
            {i.summary && <div class="rp-summary">{i.summary}</div>}
          </li>
        );
      })}
    </ul>
  );
}
