// Shown before a new client or a new matter person is saved when the conflict
// check found someone. Never a silent block: the lawyer can go back, or save
// anyway after saying who confirms (the caller records that with the hits,
// via conflictOverride()).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ConflictHit } from '../../lib/identity/conflicts';
import { outcomeOf } from '../../lib/identity/conflict-report';
import { HitList } from './HitList';
import { t, tn } from '../../lib/i18n/t';

export interface Confirmation {
  confirmedBy: { label: string; email?: string };
  note: string;
}

export interface ConflictWarningProps {
  /** Who is about to be saved, as typed: "Victor Brandt". */
  subject: string;
  hits: readonly ConflictHit[];
  /** The user's own label and address, offered as the confirmer. */
  confirmer?: { label: string; email?: string };
  /** While the save runs. */
  busy?: boolean;
  /** Go back to the form; nothing is saved. */
  onCancel: () => void;
  onSaveAnyway: (c: Confirmation) => void;
}

export function ConflictWarning(props: ConflictWarningProps) {
  const { subject, hits, busy } = props;
  const [confirming, setConfirming] = useState(false);
  const [label, setLabel] = useState(props.confirmer?.label ?? '');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), label: useId(), note: useId(), err: useId(), hint: useId() };

  // Keyboard and screen-reader users land on the warning, not behind it.
  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (confirming) labelRef.current?.focus();
  }, [confirming]);

  const n = hits.length;
  const strong = outcomeOf(hits) === 'match';
  const summary = strong ? tn('sidebar_conflict_matches', n, { candidate: subject }) : tn('sidebar_conflict_may_match', n, { candidate: subject });

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!label.trim()) {
      setMissing(true);
      labelRef.current?.focus();
      return;
    }
    const confirmedBy: Confirmation['confirmedBy'] = { label: label.trim() };
    if (props.confirmer?.email) confirmedBy.email = props.confirmer.email;
    props.onSaveAnyway({ confirmedBy, note: note.trim() });
  };

  return (
    <section class={`pp-conflict pp-conflict-${strong ? 'match' : 'possible'}`} aria-labelledby={ids.title}>
      <h2 class="pp-conflict-title" id={ids.title} ref={titleRef} tabIndex={-1}>
        {strong ? t('sidebar_conflict_possible_title') : t('sidebar_conflict_check_title')}
      </h2>
      <p role="alert" class="pp-conflict-summary">
        {summary}
      </p>
      <HitList hits={hits} />
      {!confirming ? (
        <div class="pp-actions">
          <button type="button" class="pp-btn" onClick={props.onCancel}>
            {t('sidebar_dont_save')}
          </button>
          <button type="button" class="pp-btn pp-btn-danger" onClick={() => setConfirming(true)}>
            {t('sidebar_save_anyway')}
          </button>
        </div>
      ) : (
        <form class="pp-confirm" onSubmit={submit} noValidate>
          <p class="pp-muted" id={ids.hint}>
            {t('sidebar_save_anyway_hint')}
          </p>
          <div class="pp-field">
            <label for={ids.label}>{t('sidebar_confirmed_by')}</label>
            <input
              id={ids.label}
              ref={labelRef}
              type="text"
              value={label}
              autoComplete="name"
              aria-required="true"
              aria-invalid={missing ? 'true' : undefined}
              aria-describedby={[ids.hint, missing ? ids.err : ''].filter(Boolean).join(' ')}
              onInput={(e) => {
                setLabel(e.currentTarget.value);
                if (e.currentTarget.value.trim()) setMissing(false);
              }}
            />
            {missing && (
              <p class="pp-error" id={ids.err} role="alert">
                {t('sidebar_say_who_confirms')}
              </p>
            )}
          </div>
          <div class="pp-field">
            <label for={ids.note}>{t('sidebar_reason_optional')}</label>
            <textarea id={ids.note} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <div class="pp-actions">
            <button type="button" class="pp-btn" onClick={() => setConfirming(false)}>
              {t('sidebar_back')}
            </button>
            <button type="submit" class="pp-btn pp-btn-danger" aria-disabled={busy ? 'true' : undefined}>
              {t('sidebar_confirm_and_save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
