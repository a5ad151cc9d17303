// The prep brief: one client on one page, for the screen and for paper. Every
// section is always there, saying "None" when empty, so a reader can trust
// that an empty list means nothing is due rather than a missing section.
import { Fragment, type ComponentChildren } from 'preact';
import type { Brief, BriefDeadline } from '../../lib/brief/assemble';
import { DEADLINE_KIND_LABELS, DEADLINE_STATE_LABELS } from '../../lib/deadlines/labels';
import { CHECK_IN_REASONS } from '../../lib/mood/trend';
import { GOAL_STATUS } from '../sidebar/labels';
import { MoodSparkline } from '../mood/mood-sparkline';
import { daysLeftText, showDue } from '../deadlines/format';
import { fromDate } from '../../lib/deadlines/local-date';
import { t, tn, uiLanguage } from '../../lib/i18n/t';
import { withElement } from '../sidebar/with-element';
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

const None = () => <p class="brief-none">{t('brief_none')}</p>;

function DeadlineList({ items, locale }: { items: BriefDeadline[]; locale: string }) {
  if (!items.length) return <None />;
  return (
    <ul class="brief-deadlines">
      {items.map((d) => (
        <li key={d.id} class={`brief-dl brief-dl-${d.state}`}>
          <span class="brief-state">{DEADLINE_STATE_LABELS[d.state]}</span> <strong>{d.title}</strong> —{' '}
          {t('brief_due', { date: showDue(d.dueDate, d.dueTime, locale), left: daysLeftText(d.daysLeft) })}
          {d.state !== 'missed' && d.targetDate !== d.dueDate && <span class="brief-muted">; {t('brief_target', { date: showDue(d.targetDate, undefined, locale) })}</span>}
          {d.kind !== 'promise' && <span class="brief-muted"> · {DEADLINE_KIND_LABELS[d.kind]}</span>}
          {d.matter && <span class="brief-muted"> · {d.matter}</span>}
        </li>
      ))}
    </ul>
  );
}

export function PrepBrief({ brief: b, locale: given, onPrint }: PrepBriefProps) {
  const locale = given ?? uiLanguage();
  const made = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(b.madeAt));
  // Each part kept whole, and each "·" kept with the part before it: a wrapped line never starts with one.
  const contact = [b.who.organisation, ...b.who.emails, ...b.who.phones].filter(Boolean);
  return (
    <article class="brief" aria-label={t('brief_label', { name: b.who.name })}>
      <header class="brief-head">
        <div>
          <h1>{b.who.name}</h1>
          {b.who.fullName !== b.who.name && <p class="brief-muted">{b.who.fullName}</p>}
          {contact.length > 0 && (
            <p class="brief-contact">
              {contact.map((part, i) => (
                <Fragment key={i}>
                  {i > 0 && '\u00a0· '}
                  <span class="brief-nowrap">{part}</span>
                </Fragment>
              ))}
            </p>
          )}
        </div>
        <div class="brief-made">
          <p>{withElement((mark) => t('brief_prepared', { when: mark }), <time dateTime={new Date(b.madeAt).toISOString()}>{made}</time>)}</p>
          <button type="button" class="brief-print no-print" onClick={() => (onPrint ?? (() => window.print()))()}>
            {t('brief_print')}
          </button>
        </div>
      </header>

      {b.mood.checkIn.raised && b.mood.checkIn.reason && (
        <p class="brief-check-in" role="status">
          <strong>{t('brief_check_in_with', { name: b.who.name })}</strong> — {CHECK_IN_REASONS[b.mood.checkIn.reason]}.
        </p>
      )}

      <Section id="who" title={t('brief_who')}>
        {b.talkingPoints.length ? (
          <dl class="brief-points">
            {b.talkingPoints.map((point) => (
              <div key={point.label}>
                <dt>{point.label}</dt>
                <dd>
                  <ul>
                    {point.points.map((p, i) => (
                      <li key={i}>{p}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="brief-none">{t('brief_no_notes')}</p>
        )}
        {b.who.matters.length > 0 && <p class="brief-muted">{t('brief_matters', { list: b.who.matters.join('; ') })}</p>}
        {b.who.tags.length > 0 && <p class="brief-muted">{t('brief_tags', { list: b.who.tags.join(', ') })}</p>}
      </Section>

      <Section id="goals" title={t('brief_goals')}>
        {b.goals.length ? (
          <ul class="brief-goals">
            {b.goals.map((g, i) => (
              <li key={i}>
                <span class="brief-state">{GOAL_LABELS[g.status]}</span> {g.text}
                {g.acceptableOutcome && <div class="brief-muted">{t('brief_outcome', { text: g.acceptableOutcome })}</div>}
              </li>
            ))}
          </ul>
        ) : (
          <None />
        )}
      </Section>

      <Section id="deadlines" title={t('brief_deadlines')}>
        <DeadlineList items={b.deadlines} locale={locale} />
      </Section>

      <Section id="promises" title={t('brief_promises')}>
        <DeadlineList items={b.promises} locale={locale} />
      </Section>

      <Section id="filings" title={t('brief_filings')}>
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

      <Section id="mood" title={t('brief_mood')}>
        {b.mood.moods.length ? <MoodSparkline moods={b.mood.moods} width={160} height={28} showText /> : <None />}
      </Section>

      <Section id="interactions" title={b.interactions.length ? tn('brief_last_interactions', b.interactions.length) : t('brief_last_interactions_none')}>
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

      <Section id="questions" title={t('brief_questions')}>
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
