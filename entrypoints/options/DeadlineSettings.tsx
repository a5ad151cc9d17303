// Settings → Deadlines: the default buffer per kind, the heads-up template and
// where it opens, and the holiday lists court days are counted with — each
// dated, so an outdated list is visible, and each editable (a day added, a
// court closure, a shipped day taken off, reset). A record of its own with its
// own version (lib/db/repos/deadlines.ts), saved apart from the cadence
// settings. A change to a holiday list is saved at once, on the saved record:
// whatever else is being edited in the form stays unsaved until Save.
import { useEffect, useState } from 'preact/hooks';
import { RapportError, send } from '../../lib/messaging/client';
import type { DeadlineKind } from '../../lib/model/deadline';
import type { ComposeChoice, DeadlineSettings } from '../../lib/model/deadline-settings';
import { CALIFORNIA_HOLIDAYS, FEDERAL_HOLIDAYS, type HolidayEdits } from '../../lib/deadlines/holidays';
import { HolidayListEditor } from '../../components/deadlines/holiday-list-editor';
import { HEADS_UP_PLACEHOLDERS } from '../../lib/deadlines/heads-up';
import { t } from '../../lib/i18n/t';

const KINDS: DeadlineKind[] = ['court', 'internal', 'promise'];
const BUFFER_LABELS: Record<DeadlineKind, () => string> = {
  court: () => t('settings_dl_buffer_court'),
  internal: () => t('settings_dl_buffer_internal'),
  promise: () => t('settings_dl_buffer_promise'),
};
const COMPOSE: [ComposeChoice, () => string][] = [
  ['gmail', () => t('settings_dl_compose_gmail')],
  ['outlook', () => t('settings_dl_compose_outlook')],
  ['mailto', () => t('settings_dl_compose_mailto')],
  ['copy', () => t('settings_dl_compose_copy')],
];
export function DeadlineSettingsForm() {
  const [base, setBase] = useState<{ settings: DeadlineSettings; version: number } | null>(null);
  const [draft, setDraft] = useState<DeadlineSettings | null>(null);
  const [buffers, setBuffers] = useState<Record<DeadlineKind, string>>({ court: '', internal: '', promise: '' });
  const [status, setStatus] = useState('');
  // A saved form says so in the save bar's colour; anything else reads as a plain note.
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [holidayStatus, setHolidayStatus] = useState('');

  const load = async () => {
    const s = await send('getDeadlineSettings', {});
    setBase(s);
    setDraft(s.settings);
    setBuffers({ court: String(s.settings.bufferDays.court), internal: String(s.settings.bufferDays.internal), promise: String(s.settings.bufferDays.promise) });
  };
  useEffect(() => {
    load().catch((e) => setStatus(e instanceof RapportError ? e.message : t('settings_dl_could_not_load')));
  }, []);

  if (!draft || !base)
    return (
      <section class="kit-view dl-settings" aria-label={t('settings_dl_section')}>
        <p class="hint">{status || t('common_loading')}</p>
      </section>
    );

  const errorOf = (prefix: string) => errors.filter((e) => e.path.startsWith(prefix)).map((e) => e.message);
  const template = draft.headsUp.template;
  const setTemplate = (k: keyof typeof template, v: string) => setDraft({ ...draft, headsUp: { ...draft.headsUp, template: { ...template, [k]: v } } });

  const saveHolidays = async (key: 'federal' | 'california', next: HolidayEdits | undefined, done: string): Promise<string | null> => {
    const holidays = { ...base.settings.holidays };
    if (next) holidays[key] = next;
    else delete holidays[key];
    try {
      const saved = await send('updateDeadlineSettings', { settings: { ...base.settings, holidays }, version: base.version });
      setBase(saved);
      setDraft((d) => d && { ...d, holidays: saved.settings.holidays });
      setHolidayStatus(done);
      return null;
    } catch (x) {
      setHolidayStatus('');
      if (x instanceof RapportError) {
        if (x.code === 'conflict') return t('settings_dl_conflict_holidays', { message: x.message });
        return t('settings_dl_refused', { message: x.issues[0]?.message ?? x.message });
      }
      return t('settings_could_not_save');
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const local: { path: string; message: string }[] = [];
    const bufferDays = { ...draft.bufferDays };
    for (const k of KINDS) {
      const n = Number(buffers[k].trim());
      if (!buffers[k].trim() || !Number.isInteger(n)) local.push({ path: `settings.bufferDays.${k}`, message: t('settings_whole_days') });
      else bufferDays[k] = n;
    }
    setErrors(local);
    setSaved(false);
    if (local.length) return;
    setBusy(true);
    try {
      const saved = await send('updateDeadlineSettings', { settings: { ...draft, bufferDays }, version: base.version });
      setBase(saved);
      setDraft(saved.settings);
      setStatus(t('settings_dl_saved'));
      setSaved(true);
    } catch (x) {
      if (x instanceof RapportError) {
        setErrors(x.issues);
        setStatus(
          x.code === 'conflict' ? t('settings_dl_conflict_form', { message: x.message })
          : x.issues.length ? t('settings_dl_not_saved_fields')
          : x.message,
        );
      } else setStatus(t('settings_could_not_save'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="kit-view dl-settings" aria-labelledby="dl-settings-heading">
      <h2 id="dl-settings-heading">{t('settings_dl_heading')}</h2>
      <form class="kit-form" onSubmit={save} noValidate>
        <fieldset class="form-section">
          <legend>{t('settings_dl_buffer_legend')}</legend>
          <div class="field-grid">
            {KINDS.map((k) => (
              <div key={k} class={`field ${errorOf(`settings.bufferDays.${k}`).length ? 'field-invalid' : ''}`}>
                <label for={`dl-buffer-${k}`}>{BUFFER_LABELS[k]()}</label>
                <input
                  id={`dl-buffer-${k}`}
                  type="number"
                  min={0}
                  max={365}
                  value={buffers[k]}
                  aria-invalid={errorOf(`settings.bufferDays.${k}`).length ? true : undefined}
                  onInput={(e) => setBuffers({ ...buffers, [k]: e.currentTarget.value })}
                />
                {errorOf(`settings.bufferDays.${k}`).map((m) => (
                  <p key={m} class="rp-dl-error">
                    {m}
                  </p>
                ))}
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset class="form-section">
          <legend>{t('settings_dl_heads_up')}</legend>
          <p class="section-hint">{t('settings_dl_placeholders', { list: HEADS_UP_PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}</p>
          <div class="field">
            <label for="dl-subject">{t('settings_dl_subject')}</label>
            <input id="dl-subject" type="text" value={template.subject} maxLength={300} onInput={(e) => setTemplate('subject', e.currentTarget.value)} />
            {errorOf('settings.headsUp.template.subject').map((m) => (
              <p key={m} class="rp-dl-error">
                {m}
              </p>
            ))}
          </div>
          <div class="field">
            <label for="dl-body">{t('settings_dl_body')}</label>
            <textarea id="dl-body" rows={9} value={template.body} maxLength={5000} onInput={(e) => setTemplate('body', e.currentTarget.value)} />
            {errorOf('settings.headsUp.template.body').map((m) => (
              <p key={m} class="rp-dl-error">
                {m}
              </p>
            ))}
          </div>
          <div class="field">
            <label for="dl-apology">{t('settings_dl_apology')}</label>
            <input id="dl-apology" type="text" value={template.apology} maxLength={500} onInput={(e) => setTemplate('apology', e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="dl-sender">{t('settings_dl_signature')}</label>
            <input id="dl-sender" type="text" value={draft.headsUp.sender} maxLength={200} onInput={(e) => setDraft({ ...draft, headsUp: { ...draft.headsUp, sender: e.currentTarget.value } })} />
          </div>
          <div class="field">
            <label for="dl-compose">{t('settings_dl_open_in')}</label>
            <select id="dl-compose" value={draft.headsUp.compose} onChange={(e) => setDraft({ ...draft, headsUp: { ...draft.headsUp, compose: e.currentTarget.value as ComposeChoice } })}>
              {COMPOSE.map(([v, l]) => (
                <option key={v} value={v}>
                  {l()}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button-primary" disabled={busy}>
            {t('settings_dl_save')}
          </button>
          <p role="status" class={saved ? 'save-status' : 'hint'}>
            {status}
          </p>
        </div>
      </form>
      <fieldset class="form-section dl-holiday-lists">
        <legend>{t('settings_dl_holidays_legend')}</legend>
        <p class="section-hint">{t('settings_dl_holidays_hint')}</p>
        <HolidayListEditor shipped={FEDERAL_HOLIDAYS} edits={base.settings.holidays.federal} onChange={(next, done) => saveHolidays('federal', next, done)} />
        <HolidayListEditor shipped={CALIFORNIA_HOLIDAYS} edits={base.settings.holidays.california} onChange={(next, done) => saveHolidays('california', next, done)} />
        <p role="status" class="hint">
          {holidayStatus}
        </p>
      </fieldset>
    </section>
  );
}
