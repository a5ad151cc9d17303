// Add or edit one deadline. Validation is the model's own schema, so the form
// and the background agree on what is acceptable; errors sit under their field
// and are announced. Moving the due date of an existing deadline asks why —
// the answer goes into its history.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { deadlineInputSchema, resolveBuffer, type BufferDefaults, type Deadline, type DeadlineInput, type DeadlineKind } from '../../lib/model/deadline';
import { DEADLINE_KIND_LABELS } from '../../lib/deadlines/labels';
import { t } from '../../lib/i18n/t';
import type { HolidayList } from '../../lib/deadlines/holidays';
import { CourtDayHelper } from './court-day-helper';
import './deadlines.css';

export interface DeadlineEditorProps {
  clientId: string;
  /** Editing this one; absent = a new deadline. */
  deadline?: Deadline;
  /** The client's matters, for the "Matter" choice. */
  matters?: { id: string; label: string }[];
  buffers: BufferDefaults;
  holidays?: { federal?: HolidayList; california?: HolidayList };
  /** Resolve when stored; reject with an Error whose message is shown. `reason` is set when the due date moved. */
  onSave: (input: DeadlineInput, reason?: string) => void | Promise<void>;
  onCancel?: () => void;
}

type Errors = Partial<Record<'title' | 'dueDate' | 'dueTime' | 'bufferDays' | 'notes' | 'form', string>>;

function Field(p: { label: string; error?: string; hint?: string; children: (id: string, describedBy: string | undefined) => ComponentChildren }) {
  const id = useId();
  const describedBy = [p.hint && `${id}-hint`, p.error && `${id}-err`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={id}>{p.label}</label>
      {p.children(id, describedBy)}
      {p.hint && (
        <p id={`${id}-hint`} class="rp-dl-muted">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={`${id}-err`} class="rp-dl-error">
          {p.error}
        </p>
      )}
    </div>
  );
}

export function DeadlineEditor({ clientId, deadline: d, matters = [], buffers, holidays, onSave, onCancel }: DeadlineEditorProps) {
  const [title, setTitle] = useState(d?.title ?? '');
  const [kind, setKind] = useState<DeadlineKind>(d?.kind ?? 'court');
  const [dueDate, setDueDate] = useState(d?.dueDate ?? '');
  const [dueTime, setDueTime] = useState(d?.dueTime ?? '');
  const [buffer, setBuffer] = useState(d?.bufferDays === undefined ? '' : String(d.bufferDays));
  const [matterId, setMatterId] = useState(d?.matterId ?? '');
  const [notes, setNotes] = useState(d?.notes ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [helper, setHelper] = useState(false);

  const moved = d !== undefined && (dueDate !== d.dueDate || (dueTime || undefined) !== d.dueTime);
  const defaultBuffer = resolveBuffer({ kind, bufferDays: undefined }, buffers);

  async function submit(e: Event) {
    e.preventDefault();
    const raw = {
      clientId,
      title,
      kind,
      dueDate,
      notes,
      ...(dueTime ? { dueTime } : {}),
      ...(matterId ? { matterId } : {}),
      ...(buffer.trim() !== '' ? { bufferDays: Number(buffer) } : {}),
    };
    const parsed = deadlineInputSchema.safeParse(raw);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form') as keyof Errors;
        next[key] ??= key === 'dueDate' && !dueDate ? t('deadlines_need_due_date') : issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(raw, moved && reason.trim() ? reason.trim() : undefined);
    } catch (err) {
      setErrors({ form: err instanceof Error && err.message ? err.message : t('deadlines_save_failed') });
    } finally {
      setBusy(false);
    }
  }

  const heading = d ? t('deadlines_editor_edit') : t('deadlines_editor_new');
  return (
    <form class="rp-dl-form" onSubmit={submit} aria-label={heading} aria-busy={busy} noValidate>
      <Field label={t('deadlines_field_title')} error={errors.title}>
        {(id, by) => (
          <input id={id} type="text" value={title} maxLength={300} aria-invalid={errors.title ? true : undefined} aria-describedby={by} onInput={(e) => setTitle(e.currentTarget.value)} />
        )}
      </Field>
      <div class="rp-dl-row">
        <Field label={t('deadlines_label_kind')}>
          {(id) => (
            <select id={id} value={kind} onChange={(e) => setKind(e.currentTarget.value as DeadlineKind)}>
              {(Object.keys(DEADLINE_KIND_LABELS) as DeadlineKind[]).map((k) => (
                <option key={k} value={k}>
                  {DEADLINE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {matters.length > 0 && (
          <Field label={t('deadlines_field_matter')}>
            {(id) => (
              <select id={id} value={matterId} onChange={(e) => setMatterId(e.currentTarget.value)}>
                <option value="">{t('deadlines_matter_none')}</option>
                {matters.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div class="rp-dl-row">
        <Field label={t('deadlines_field_due_date')} error={errors.dueDate}>
          {(id, by) => (
            <input id={id} type="date" value={dueDate} aria-invalid={errors.dueDate ? true : undefined} aria-describedby={by} onInput={(e) => setDueDate(e.currentTarget.value)} />
          )}
        </Field>
        <Field label={t('deadlines_field_time')} error={errors.dueTime}>
          {(id, by) => (
            <input id={id} type="time" value={dueTime} aria-invalid={errors.dueTime ? true : undefined} aria-describedby={by} onInput={(e) => setDueTime(e.currentTarget.value)} />
          )}
        </Field>
        <Field label={t('deadlines_field_buffer')} error={errors.bufferDays} hint={t('deadlines_buffer_hint', { days: defaultBuffer })}>
          {(id, by) => (
            <input
              id={id}
              type="number"
              min={0}
              max={365}
              step={1}
              value={buffer}
              placeholder={String(defaultBuffer)}
              aria-invalid={errors.bufferDays ? true : undefined}
              aria-describedby={by}
              onInput={(e) => setBuffer(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      {moved && (
        <Field label={t('deadlines_field_move_reason')}>
          {(id) => <input id={id} type="text" value={reason} maxLength={1000} onInput={(e) => setReason(e.currentTarget.value)} />}
        </Field>
      )}
      {helper ? (
        <CourtDayHelper holidays={holidays} onUse={(date) => (setDueDate(date), setHelper(false))} />
      ) : (
        <button type="button" onClick={() => setHelper(true)}>
          {t('deadlines_count_court_days_button')}
        </button>
      )}
      <Field label={t('deadlines_field_notes')} error={errors.notes}>
        {(id, by) => <textarea id={id} rows={3} value={notes} maxLength={5000} aria-describedby={by} onInput={(e) => setNotes(e.currentTarget.value)} />}
      </Field>
      {errors.form && (
        <p class="rp-dl-error" role="alert">
          {errors.form}
        </p>
      )}
      {Object.keys(errors).some((k) => k !== 'form') && (
        <p class="rp-dl-error" role="alert">
          {t('deadlines_check_fields')}
        </p>
      )}
      <div class="rp-dl-actions">
        <button type="submit" disabled={busy}>
          {d ? t('common_save') : t('deadlines_add_deadline')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
