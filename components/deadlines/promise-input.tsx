// "Promise: send the draft lease · Fri" in one line. While typing, a polite
// live region says what was understood; Enter (or Add) makes the promise.
import type { Locale } from 'date-fns';
import { es } from 'date-fns/locale/es';
import { useId, useState } from 'preact/hooks';
import { parsePromise } from '../../lib/deadlines/promise-parse';
import type { DeadlineInput } from '../../lib/model/deadline';
import { t, uiLanguage } from '../../lib/i18n/t';
import { showDue } from './format';
import './deadlines.css';

export interface PromiseInputProps {
  clientId: string;
  /** Read when the user types and adds, so a sidebar left open overnight still reads "tomorrow" right. */
  now: () => number;
  /** date-fns locale for the words typed; English is always understood. Default: Spanish when Rapport speaks Spanish. */
  dateLocale?: Locale;
  /** BCP 47 tag for showing dates. */
  locale?: string;
  /** Resolve when stored; reject with an Error whose message is shown. */
  onAdd: (input: DeadlineInput) => void | Promise<void>;
}

export function PromiseInput({ clientId, now, dateLocale, locale, onAdd }: PromiseInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // A Spanish-speaking user types Spanish weekdays and day-first dates ("vie", "3/12"); the hint's examples say so.
  const words = dateLocale ?? (uiLanguage().split('-')[0] === 'es' ? es : undefined);
  const parsed = text.trim() ? parsePromise(text, { now: now(), locale: words }) : undefined;

  async function submit(e: Event) {
    e.preventDefault();
    const r = parsePromise(text, { now: now(), locale: words });
    if (!r.ok) return setError(r.error);
    setBusy(true);
    setError('');
    try {
      const { title, dueDate, dueTime } = r.value;
      await onAdd({ clientId, kind: 'promise', title, dueDate, ...(dueTime ? { dueTime } : {}) });
      setText('');
    } catch (err) {
      setError(err instanceof Error && err.message ? err.message : t('deadlines_promise_save_failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="rp-dl-form rp-dl-promise" onSubmit={submit} aria-busy={busy}>
      <label for={id}>{t('deadlines_promise_new')}</label>
      <div class="rp-dl-row">
        <input
          id={id}
          type="text"
          value={text}
          placeholder={t('deadlines_promise_placeholder')}
          maxLength={400}
          aria-describedby={`${id}-hint ${id}-err`}
          aria-invalid={error ? true : undefined}
          onInput={(e) => (setText(e.currentTarget.value), setError(''))}
        />
        <button type="submit" disabled={busy}>
          {t('deadlines_promise_add')}
        </button>
      </div>
      <p id={`${id}-hint`} class="rp-dl-muted" aria-live="polite">
        {parsed?.ok
          ? t('deadlines_promise_understood', { title: parsed.value.title, date: showDue(parsed.value.dueDate, parsed.value.dueTime, locale) })
          : t('deadlines_promise_hint')}
      </p>
      <p id={`${id}-err`} class="rp-dl-error" role={error ? 'alert' : undefined}>
        {error}
      </p>
    </form>
  );
}
