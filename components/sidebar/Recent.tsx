import type { Interaction } from '../../lib/model/interaction';
import { moodWord } from '../../lib/mood/trend';
import { t } from '../../lib/i18n/t';
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
  if (!items.length) return <p class="rp-muted">{t('sidebar_nothing_logged')}</p>;
  return (
    <ul class="rp-list rp-recent">
      {items.slice(0, 5).map((i) => {
        const mood = moodLabel(i.sentiment);
        // The class names the mood in our own words; the text is the user's language.
        const moodClass = i.sentiment === undefined ? '' : moodWord(i.sentiment);
        return (
          <li key={i.id}>
            <div class="rp-row">
              <strong>{KIND_LABELS[i.kind] ?? i.kind}</strong>
              <When at={i.at} now={now} />
              {mood && <span class={`rp-mood rp-mood-${moodClass}`}>{mood}</span>}
            </div>
            {i.summary && <div class="rp-summary">{i.summary}</div>}
          </li>
        );
      })}
    </ul>
  );
}
