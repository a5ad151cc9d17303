// The prep brief: one client on one page, for the screen and for paper. Every
// section is always there, saying "None" when empty, so a reader can trust
// that an empty list means nothing is due rather than a missing section.
import type { ComponentChildren } from 'preact';
import type { Brief, BriefDeadline } from '../../lib/brief/assemble';
import { DEADLINE_KIND_LABELS, DEADLINE_STATE_LABELS } from '../../lib/deadlines/labels';
import { CHECK_IN_REASONS } from '../../lib/mood/trend';
import { GOAL_STATUS } from '../sidebar/labels';
import { MoodSparkline } from '../mood/mood-sparkline';
import { daysLeftText, showDue } from '../deadlines/format';
import { fromDate } from '../../lib/deadlines/local-date';
import './brief.css';

const GOAL_LABELS = Object.fromEntries(GOAL_STATUS);

export interface PrepBriefProps {
  brief: Brief;
  locale?: string;
  /** Default: window.print(). */
  onPrint?: () => void;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="brief-section" aria-labelledby={`brief-${id}`}>
      <h2 id={`brief-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

const None = () => <p class="brief-none">None.</p>;

function DeadlineList({ items, locale }: { items: BriefDeadline[]; locale?: string }) {
  if (!items.length) return <None />;
  return (
    <ul class="brief-deadlines">
      {items.map((d) => (
        <li key={d.id} class={`brief-dl brief-dl-${d.state}`}>
          <span class="brief-state">{DEADLINE_STATE_LABELS[d.state]}</span> <strong>{d.title}</strong> — due{' '}
          {showDue(d.dueDate, d.dueTime, locale)} ({daysLeftText(d.daysLeft)})
          {d.state !== 'missed' && d.targetDate !== d.dueDate && <span class="brief-muted">; target {showDue(d.targetDate, undefined, locale)}</span>}
          {d.kind !== 'promise' && <span class="brief-muted"> · {DEADLINE_KIND_LABELS[d.kind]}</span>}
          {d.matter && <span class="brief-muted"> · {d.matter}</span>}
        </li>
      ))}
    </ul>
  );
}

export function PrepBrief({ brief: b, locale, onPrint }: PrepBriefProps) {
  const made = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(b.madeAt));
  const contact = [b.who.organisation, ...b.who.emails, ...b.who.phones].filter(Boolean).join(' · ');
  return (
    <article class="brief" aria-label={`Prep brief: ${b.who.name}`}>
      <header class="brief-head">
        <div>
          <h1>{b.who.name}</h1>
          {b.who.fullName !== b.who.name && <p class="brief-muted">{b.who.fullName}</p>}
          {contact && <p class="brief-contact">{contact}</p>}
        </div>
        <div class="brief-made">
          <p>
            Prepared <time dateTime={new Date(b.madeAt).toISOString()}>{made}</time>
          </p>
          <button type="button" class="brief-print no-print" onClick={() => (onPrint ?? (() => window.print()))()}>
            Print
          </button>
        </div>
      </header>

      {b.mood.checkIn.raised && b.mood.checkIn.reason && (
        <p class="brief-check-in" role="status">
          <strong>Check in with {b.who.name}</strong> — {CHECK_IN_REASONS[b.mood.checkIn.reason]}.
        </p>
      )}

      <Section id="who" title="Who they are">
        {b.talkingPoints.length ? (
          <dl class="brief-points">
            {b.talkingPoints.map((t) => (
              <div key={t.label}>
                <dt>{t.label}</dt>
                <dd>
                  <ul>
                    {t.points.map((p, i) => (
                      <li key={i}>{p}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="brief-none">No personal notes yet.</p>
        )}
        {b.who.matters.length > 0 && <p class="brief-muted">Matters: {b.who.matters.join('; ')}</p>}
        {b.who.tags.length > 0 && <p class="brief-muted">Tags: {b.who.tags.join(', ')}</p>}
      </Section>

      <Section id="goals" title="Goals">
        {b.goals.length ? (
          <ul class="brief-goals">
            {b.goals.map((g, i) => (
              <li key={i}>
                <span class="brief-state">{GOAL_LABELS[g.status]}</span> {g.text}
                {g.acceptableOutcome && <div class="brief-muted">Acceptable outcome: {g.acceptableOutcome}</div>}
              </li>
            ))}
          </ul>
        ) : (
          <None />
        )}
      </Section>

      <Section id="deadlines" title="Deadlines">
        <DeadlineList items={b.deadlines} locale={locale} />
      </Section>

      <Section id="promises" title="Open promises">
        <DeadlineList items={b.promises} locale={locale} />
      </Section>

      <Section id="filings" title="Filings flagged">
        {b.filings.length ? (
          <ul>
            {b.filings.map((f) => (
              <li key={f.id}>
                <strong>{f.status}</strong>
                {f.caseNumber && ` · ${f.caseNumber}`}
                {f.ref && ` · ${f.ref}`} <span class="brief-muted">({showDue(fromDate(f.at), undefined, locale)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <None />
        )}
      </Section>

      <Section id="mood" title="Mood trend">
        {b.mood.moods.length ? <MoodSparkline moods={b.mood.moods} width={160} height={28} showText /> : <None />}
      </Section>

      <Section id="interactions" title={b.interactions.length ? `Last ${b.interactions.length} interactions` : 'Last interactions'}>
        {b.interactions.length ? (
          <ol class="brief-log">
            {b.interactions.map((i) => (
              <li key={i.id}>
                <span class="brief-when">{showDue(fromDate(i.at), undefined, locale)}</span> <strong>{i.kindLabel}</strong>
                {i.mood && <span class="brief-muted"> · {i.mood}</span>}
                {i.summary && <> — {i.summary}</>}
              </li>
            ))}
          </ol>
        ) : (
          <None />
        )}
      </Section>

      <Section id="questions" title="Open questions">
        {b.openQuestions.length ? (
          <ul class="brief-questions">
            {b.openQuestions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        ) : (
          <None />
        )}
      </Section>
    </article>
  );
}
