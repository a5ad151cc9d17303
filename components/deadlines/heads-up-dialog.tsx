// "Tell the client": one review of a drafted heads-up, then one click to open
// it in the user's mail or copy it. Nothing is sent from here, and nothing is
// logged until the user says it went out (onSent).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  COMPOSE_LABELS,
  composeLink,
  draftAsText,
  draftHeadsUp,
  type HeadsUpDraft,
  type HeadsUpRequest,
  type HeadsUpTemplate,
} from '../../lib/deadlines/heads-up';
import type { ComposeChoice } from '../../lib/model/deadline-settings';
import { t } from '../../lib/i18n/t';
import { addDays, fromDate, weekday, type LocalDate } from '../../lib/deadlines/local-date';
import './deadlines.css';

export interface HeadsUpDialogProps {
  client: { name: string; email: string };
  deadline: { title: string; dueDate: LocalDate; dueTime?: string };
  template: HeadsUpTemplate;
  /** The user's preference from Settings; the other ways are offered too. */
  compose: ComposeChoice;
  sender?: string;
  locale?: string;
  now: number;
  /** Opens a compose URL (a new tab). */
  onOpen: (url: string) => void;
  /** Puts text on the clipboard; reject when it could not. */
  onCopy: (text: string) => Promise<void>;
  /** The user says it was sent: log it as a note on the client. */
  onSent: (draft: HeadsUpDraft) => void | Promise<void>;
  onClose: () => void;
}

type Field = keyof HeadsUpRequest;

/** "Open in Gmail": one whole label per target (Spanish needs an article before some of them). */
const OPEN_IN = {
  gmail: 'deadlines_heads_up_open_gmail',
  outlook: 'deadlines_heads_up_open_outlook',
  mailto: 'deadlines_heads_up_open_mailto',
} as const;

/** A starting point the lawyer changes: three days on, moved off a weekend. */
function proposedDate(from: LocalDate): LocalDate {
  let d = addDays(from, 3);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

export function HeadsUpDialog(p: HeadsUpDialogProps) {
  const ids = { h: useId(), reason: useId(), date: useId(), time: useId(), apology: useId() };
  const first = useRef<HTMLTextAreaElement>(null);
  const today = fromDate(p.now);
  const [reason, setReason] = useState('');
  const [newDate, setNewDate] = useState(() => proposedDate(p.deadline.dueDate > today ? p.deadline.dueDate : today));
  const [newTime, setNewTime] = useState(p.deadline.dueTime ?? '');
  const [apology, setApology] = useState(p.template.apology);
  const [shown, setShown] = useState(false);
  const [status, setStatus] = useState('');
  const [handedOff, setHandedOff] = useState(false);

  useEffect(() => first.current?.focus(), []);

  const result = draftHeadsUp({
    template: p.template,
    client: p.client,
    deadline: p.deadline,
    reason,
    newDate,
    ...(newTime ? { newTime } : {}),
    apology,
    sender: p.sender,
    locale: p.locale,
    now: p.now,
  });
  const issue = (f: Field) => (shown && !result.ok ? result.issues.find((i) => i.field === f)?.message : undefined);
  const general = shown && !result.ok ? result.issues.filter((i) => !['reason', 'newDate'].includes(i.field)) : [];

  async function copy(text: string, done: string) {
    try {
      await p.onCopy(text);
      setStatus(done);
      return true;
    } catch {
      setStatus(t('deadlines_heads_up_copy_failed'));
      return false;
    }
  }

  async function open(target: Exclude<ComposeChoice, 'copy'>) {
    setShown(true);
    if (!result.ok) return;
    const link = composeLink(target, result.draft);
    if (!link.complete) {
      // Too long for a link: the message goes to the clipboard first, and the compose opens without it.
      if (!(await copy(link.copy, t('deadlines_heads_up_too_long', { app: COMPOSE_LABELS[target] })))) return;
    } else setStatus(t('deadlines_heads_up_opened', { app: COMPOSE_LABELS[target] }));
    p.onOpen(link.url);
    setHandedOff(true);
  }

  async function copyAll() {
    setShown(true);
    if (!result.ok) return;
    if (await copy(draftAsText(result.draft), t('deadlines_heads_up_copied'))) setHandedOff(true);
  }

  const targets = (['gmail', 'outlook', 'mailto'] as const).slice().sort((a, b) => (a === p.compose ? -1 : b === p.compose ? 1 : 0));
  return (
    <div role="dialog" aria-modal="true" aria-labelledby={ids.h} class="rp-dl-dialog" onKeyDown={(e) => e.key === 'Escape' && p.onClose()}>
      <h2 id={ids.h}>{t('deadlines_heads_up_heading', { client: p.client.name, title: p.deadline.title })}</h2>
      <form class="rp-dl-form" onSubmit={(e) => (e.preventDefault(), p.compose === 'copy' ? copyAll() : open(p.compose))}>
        <div>
          <label for={ids.reason}>{t('deadlines_heads_up_reason')}</label>
          <textarea
            id={ids.reason}
            ref={first}
            rows={3}
            value={reason}
            maxLength={2000}
            aria-invalid={issue('reason') ? true : undefined}
            aria-describedby={`${ids.reason}-err`}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <p id={`${ids.reason}-err`} class="rp-dl-error">
            {issue('reason')}
          </p>
        </div>
        <div class="rp-dl-row">
          <div>
            <label for={ids.date}>{t('deadlines_heads_up_new_date')}</label>
            <input id={ids.date} type="date" value={newDate} aria-invalid={issue('newDate') ? true : undefined} aria-describedby={`${ids.date}-err`} onInput={(e) => setNewDate(e.currentTarget.value)} />
            <p id={`${ids.date}-err`} class="rp-dl-error">
              {issue('newDate')}
            </p>
          </div>
          <div>
            <label for={ids.time}>{t('deadlines_heads_up_new_time')}</label>
            <input id={ids.time} type="time" value={newTime} onInput={(e) => setNewTime(e.currentTarget.value)} />
          </div>
        </div>
        <div>
          <label for={ids.apology}>{t('deadlines_heads_up_apology')}</label>
          <input id={ids.apology} type="text" value={apology} maxLength={500} onInput={(e) => setApology(e.currentTarget.value)} />
        </div>
        {general.map((g, i) => (
          <p key={i} class="rp-dl-error" role="alert">
            {g.message}
          </p>
        ))}
        {result.ok && (
          <div class="rp-dl-preview" aria-label={t('deadlines_heads_up_preview')}>
            <div>
              <strong>{t('deadlines_heads_up_to')}</strong> {result.draft.to}
            </div>
            <div>
              <strong>{t('deadlines_heads_up_subject')}</strong> {result.draft.subject}
            </div>
            <hr />
            {result.draft.body}
          </div>
        )}
        <div class="rp-dl-actions">
          {targets.map((target) => (
            <button key={target} type="button" onClick={() => open(target)}>
              {t(OPEN_IN[target])}
            </button>
          ))}
          <button type="button" onClick={copyAll}>
            {t('deadlines_heads_up_copy')}
          </button>
          <button type="button" onClick={p.onClose}>
            {t('common_close')}
          </button>
        </div>
        <p class="rp-dl-muted" aria-live="polite">
          {status}
        </p>
        {handedOff && result.ok && (
          <button type="button" onClick={() => p.onSent(result.draft)}>
            {t('deadlines_heads_up_sent')}
          </button>
        )}
      </form>
    </div>
  );
}
