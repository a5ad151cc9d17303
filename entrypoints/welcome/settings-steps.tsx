// Steps 4 and 5: keep-in-touch defaults with the daily reminder, and the
// firm's own domains. Both save with the message Settings saves with
// (updateSettings), changing only the fields the user changed here
// (settings-patch.ts); the fields are Settings' own.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import { RapportError, send } from '../../lib/messaging/client';
import { Check, FirmDomains, HOURS, hourLabel, NumberField, FieldErrors as FieldErrorList, type SettingsDraft } from '../options/Settings';
import { changedFields, errorsOfIssues, patchSettings, stepDraftOf, type FieldErrors, type StepField } from './settings-patch';
import { messageOf, StepFrame, type StepProps } from './step-frame';
import type { Outcome } from './summary';

/** A step's fields as loaded, as edited, and its save. */
function useSettingsStep<K extends StepField>(fields: readonly K[]) {
  const [base, setBase] = useState<Pick<SettingsDraft, K> | null>(null);
  const [draft, setDraft] = useState<Pick<SettingsDraft, K> | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const refuse = (e: FieldErrors) => {
    setErrors(e);
    setRefusals((n) => n + 1);
  };

  useEffect(() => {
    send('getSettings', {}).then(
      (s) => {
        const d = stepDraftOf(s, fields);
        setBase(d);
        setDraft(d);
      },
      (e) => setErrors({ form: [messageOf(e)] }),
    );
    // Loaded once, when the step is first reached; the fields are fixed for each step.
  }, []);

  const change = (patch: Partial<Pick<SettingsDraft, K>>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    // An edited field's message goes; the others stay until the next save says otherwise.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch) && k !== 'form')));
  };

  /** Saves what changed; null when it could not (the errors say why, and nothing was written). */
  const save = async (): Promise<Outcome | null> => {
    if (!draft || !base) {
      setErrors({ form: [t('welcome_settings_unreadable')] });
      return null;
    }
    const changed = changedFields(base, draft);
    if (!Object.keys(changed).length) {
      setErrors({});
      return 'unchanged';
    }
    setBusy(true);
    try {
      // Applied to the record as stored now; a save elsewhere between the read and the write is met by reading again.
      for (let attempt = 0; ; attempt++) {
        const stored = await send('getSettings', {});
        const out = patchSettings(stored, changed);
        if (out.errors) {
          refuse(out.errors);
          return null;
        }
        try {
          const saved = await send('updateSettings', { settings: out.settings });
          const d = stepDraftOf(saved, fields);
          setBase(d);
          setDraft(d);
          setErrors({});
          return 'saved';
        } catch (x) {
          if (x instanceof RapportError && x.code === 'conflict' && attempt < 2) continue;
          if (x instanceof RapportError && x.issues.length) {
            refuse(errorsOfIssues(x.issues, changed, stored));
            return null;
          }
          throw x;
        }
      }
    } catch (x) {
      setErrors({ form: [messageOf(x)] });
      return null;
    } finally {
      setBusy(false);
    }
  };

  /** Messages for fields this step does not show (a stored record another version wrote, say): said step-wide. */
  const stepErrors = Object.entries(errors)
    .filter(([k]) => !(fields as readonly string[]).includes(k))
    .flatMap(([, m]) => m);
  return { draft, change, save, busy, errors, refusals, stepErrors: stepErrors.length ? stepErrors : undefined };
}

const TOUCH_FIELDS = ['idealDays', 'maxDays', 'remindersEnabled', 'hour'] as const;

export function TouchStep(props: StepProps) {
  const s = useSettingsStep(TOUCH_FIELDS);
  const next = () => void s.save().then((o) => o && props.onDone(o));
  const d = s.draft;
  return (
    <StepFrame {...props} id="step-touch" title={t('welcome_touch_title')} skippable nextLabel={t('welcome_save_continue')} busy={s.busy} errors={s.stepErrors} refusals={s.refusals} onNext={next}>
      <p>{t('welcome_touch_body')}</p>
      {d && (
        <>
          <fieldset class="form-section">
            <legend>{t('welcome_default_cadence')}</legend>
            <div class="field-grid">
              <NumberField id="default-ideal" label={t('welcome_ideal_days')} value={d.idealDays} onValue={(v) => s.change({ idealDays: v })} errors={s.errors.idealDays} max={3650} />
              <NumberField id="default-max" label={t('welcome_max_days')} value={d.maxDays} onValue={(v) => s.change({ maxDays: v })} errors={s.errors.maxDays} max={3650} />
            </div>
          </fieldset>
          <fieldset class="form-section">
            <legend>{t('welcome_daily_reminder')}</legend>
            <Check
              id="reminders-enabled"
              label={t('welcome_daily_reminder')}
              checked={d.remindersEnabled}
              onChecked={(c) => s.change({ remindersEnabled: c })}
              hint={t('welcome_daily_reminder_hint')}
            />
            <div class={`field field-narrow ${s.errors.hour ? 'field-invalid' : ''}`}>
              <label for="reminder-hour">{t('welcome_reminder_hour')}</label>
              <select
                id="reminder-hour"
                value={d.hour}
                disabled={!d.remindersEnabled}
                aria-invalid={s.errors.hour ? 'true' : undefined}
                aria-describedby={s.errors.hour ? 'hour-errors' : undefined}
                onChange={(e) => s.change({ hour: e.currentTarget.value })}
              >
                {HOURS.map((v) => (
                  <option key={v} value={v}>
                    {hourLabel(Number(v))}
                  </option>
                ))}
              </select>
              <FieldErrorList id="hour-errors" errors={s.errors.hour} />
            </div>
          </fieldset>
        </>
      )}
    </StepFrame>
  );
}

const FIRM_FIELDS = ['firmDomains'] as const;

export function FirmStep(props: StepProps) {
  const s = useSettingsStep(FIRM_FIELDS);
  const next = () => void s.save().then((o) => o && props.onDone(o));
  return (
    <StepFrame {...props} id="step-firm" title={t('welcome_firm_title')} skippable nextLabel={t('welcome_save_continue')} busy={s.busy} errors={s.stepErrors} refusals={s.refusals} onNext={next}>
      <p>{t('welcome_firm_body')}</p>
      {s.draft && <FirmDomains value={s.draft.firmDomains} errors={s.errors.firmDomains} onValue={(firmDomains) => s.change({ firmDomains })} />}
    </StepFrame>
  );
}
