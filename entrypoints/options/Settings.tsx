// Settings (options.html#settings): cadence defaults and per-tag cadences,
// the daily reminder, mail logging and the never-log list, and the "awaiting
// your reply" thresholds. The background validates the whole record; the form
// checks numbers first so the messages can sit beside the fields.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RapportError, send } from '../../lib/messaging/client';
import type { Settings } from '../../lib/model/settings';

interface TagRow {
  key: number;
  tag: string;
  idealDays: string;
  maxDays: string;
}

export interface SettingsDraft {
  idealDays: string;
  maxDays: string;
  tags: TagRow[];
  remindersEnabled: boolean;
  hour: string;
  logSent: boolean;
  logRead: boolean;
  neverLog: string;
  warnAfterHours: string;
  urgentAfterHours: string;
}

type Errors = Record<string, string[]>;

let rowKey = 0;

export function draftOf(s: Settings): SettingsDraft {
  return {
    idealDays: String(s.cadence.default.idealDays),
    maxDays: String(s.cadence.default.maxDays),
    tags: Object.entries(s.cadence.byTag).map(([tag, c]) => ({
      key: ++rowKey,
      tag,
      idealDays: String(c.idealDays),
      maxDays: String(c.maxDays),
    })),
    remindersEnabled: s.reminders.enabled,
    hour: String(s.reminders.hour),
    logSent: s.mail.logSent,
    logRead: s.mail.logRead,
    neverLog: s.mail.neverLog.join('\n'),
    warnAfterHours: String(s.awaitingReply.warnAfterHours),
    urgentAfterHours: String(s.awaitingReply.urgentAfterHours),
  };
}

/** The draft as settings, or the fields that are not whole numbers / repeated tags. */
export function settingsOf(d: SettingsDraft): { settings: Settings; errors: null } | { settings: null; errors: Errors } {
  const errors: Errors = {};
  const whole = (field: string, raw: string, what: string): number => {
    const n = Number(raw.trim());
    if (!raw.trim() || !Number.isInteger(n)) (errors[field] ??= []).push(`Enter a whole number of ${what}`);
    return n;
  };
  const byTag: Record<string, { idealDays: number; maxDays: number }> = {};
  const seen = new Set<string>();
  for (const row of d.tags) {
    const field = `tag-${row.key}`;
    const tag = row.tag.trim();
    const idealDays = whole(field, row.idealDays, 'days');
    const maxDays = whole(field, row.maxDays, 'days');
    if (!tag) {
      // A row left completely empty is simply dropped.
      if (!row.idealDays.trim() && !row.maxDays.trim()) {
        delete errors[field];
        continue;
      }
      (errors[field] ??= []).push('A tag cadence needs a tag');
    } else if (seen.has(tag.toLowerCase())) (errors[field] ??= []).push(`“${tag}” already has a cadence`);
    seen.add(tag.toLowerCase());
    byTag[tag] = { idealDays, maxDays };
  }
  const settings: Settings = {
    cadence: { default: { idealDays: whole('idealDays', d.idealDays, 'days'), maxDays: whole('maxDays', d.maxDays, 'days') }, byTag },
    reminders: { enabled: d.remindersEnabled, hour: Number(d.hour) },
    mail: {
      logSent: d.logSent,
      logRead: d.logRead,
      neverLog: d.neverLog
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    },
    awaitingReply: {
      warnAfterHours: whole('warnAfterHours', d.warnAfterHours, 'hours'),
      urgentAfterHours: whole('urgentAfterHours', d.urgentAfterHours, 'hours'),
    },
  };
  return Object.keys(errors).length ? { settings: null, errors } : { settings, errors: null };
}

/** The background's issue paths ("settings.cadence.byTag.VIP.maxDays") → the field that shows them. */
function fieldOfIssue(path: string, d: SettingsDraft, lines: string[]): { field: string; prefix: string } {
  const p = path.replace(/^settings\./, '').split('.');
  if (p[0] === 'cadence' && p[1] === 'default') return { field: p[2] === 'maxDays' ? 'maxDays' : 'idealDays', prefix: '' };
  if (p[0] === 'cadence' && p[1] === 'byTag') {
    const row = d.tags.find((r) => r.tag.trim() === p[2]);
    return { field: row ? `tag-${row.key}` : 'tags', prefix: '' };
  }
  if (p[0] === 'reminders') return { field: 'hour', prefix: '' };
  if (p[0] === 'mail' && p[1] === 'neverLog') {
    const i = Number(p[2]);
    return { field: 'neverLog', prefix: Number.isInteger(i) && lines[i] ? `“${lines[i]}”: ` : '' };
  }
  if (p[0] === 'awaitingReply') return { field: p[1] === 'urgentAfterHours' ? 'urgentAfterHours' : 'warnAfterHours', prefix: '' };
  return { field: 'form', prefix: '' };
}

const HOURS = Array.from({ length: 24 }, (_, h) => [String(h), `${String(h).padStart(2, '0')}:00`] as const);

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul class="field-errors" id={id}>
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

function NumberField(props: { id: string; label: string; value: string; onValue: (v: string) => void; errors?: string[]; min?: number; max?: number }) {
  const errId = `${props.id}-errors`;
  return (
    <div class={`field ${props.errors?.length ? 'field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min ?? 1}
        max={props.max}
        step={1}
        value={props.value}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={props.errors?.length ? errId : undefined}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      <FieldErrors id={errId} errors={props.errors} />
    </div>
  );
}

function Check({ id, label, checked, onChecked, hint }: { id: string; label: string; checked: boolean; onChecked: (c: boolean) => void; hint?: ComponentChildren }) {
  return (
    <div class="kit-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChecked(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}

export function SettingsForm() {
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    send('getSettings', {}).then(
      (s) => setDraft(draftOf(s)),
      (e) => setLoadError(e instanceof RapportError ? e.message : 'Could not load settings.'),
    );
    heading.current?.focus();
  }, []);

  const change = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setStatus('');
  };
  const changeTag = (key: number, patch: Partial<TagRow>) =>
    change({ tags: draft!.tags.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft || saving) return;
    setStatus('');
    const local = settingsOf(draft);
    if (local.errors) {
      setErrors(local.errors);
      return;
    }
    setSaving(true);
    try {
      const saved = await send('updateSettings', { settings: local.settings });
      setDraft(draftOf(saved));
      setErrors({});
      setStatus('Settings saved');
    } catch (err) {
      const next: Errors = {};
      if (err instanceof RapportError && err.issues.length) {
        const lines = draft.neverLog.split('\n').map((l) => l.trim()).filter(Boolean);
        for (const i of err.issues) {
          const { field, prefix } = fieldOfIssue(i.path, draft, lines);
          (next[field] ??= []).push(prefix + i.message);
        }
      } else next.form = [err instanceof RapportError ? err.message : 'Could not save. Nothing was changed.'];
      setErrors(next);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section id="settings" class="kit-view" aria-labelledby="settings-heading">
      <h2 id="settings-heading" tabIndex={-1} ref={heading}>
        Settings
      </h2>
      {loadError && (
        <p class="list-error" role="alert">
          {loadError}
        </p>
      )}
      {draft && (
        <form class="kit-form" onSubmit={save} noValidate>
          {errors.form && (
            <div class="error-summary" role="alert">
              {errors.form.map((m, i) => (
                <p key={i} class="error-title">
                  {m}
                </p>
              ))}
            </div>
          )}

          <fieldset class="form-section">
            <legend>Keep-in-touch cadence</legend>
            <p class="section-hint">
              Due after the ideal number of days without contact, overdue after the maximum. A client's own cadence wins,
              then the strictest of their tags, then the default.
            </p>
            <div class="field-grid">
              <NumberField id="default-ideal" label="Default ideal days" value={draft.idealDays} onValue={(v) => change({ idealDays: v })} errors={errors.idealDays} max={3650} />
              <NumberField id="default-max" label="Default maximum days" value={draft.maxDays} onValue={(v) => change({ maxDays: v })} errors={errors.maxDays} max={3650} />
            </div>
            <h3 class="kit-subhead">Per tag</h3>
            {draft.tags.length === 0 && <p class="hint">No tag cadences. Clients tagged e.g. “VIP” can have a shorter one.</p>}
            <div class="repeatable-items">
              {draft.tags.map((row, i) => (
                <fieldset key={row.key} class="repeatable-item" aria-describedby={errors[`tag-${row.key}`] ? `tag-${row.key}-errors` : undefined}>
                  <legend>Tag cadence {i + 1}</legend>
                  <div class="repeatable-fields">
                    <div class="field">
                      <label for={`tag-${row.key}-name`}>Tag</label>
                      <input id={`tag-${row.key}-name`} type="text" value={row.tag} maxLength={50} onInput={(e) => changeTag(row.key, { tag: e.currentTarget.value })} />
                    </div>
                    <NumberField id={`tag-${row.key}-ideal`} label="Ideal days" value={row.idealDays} onValue={(v) => changeTag(row.key, { idealDays: v })} max={3650} />
                    <NumberField id={`tag-${row.key}-max`} label="Maximum days" value={row.maxDays} onValue={(v) => changeTag(row.key, { maxDays: v })} max={3650} />
                  </div>
                  <FieldErrors id={`tag-${row.key}-errors`} errors={errors[`tag-${row.key}`]} />
                  <button type="button" class="button-quiet remove-item" onClick={() => change({ tags: draft.tags.filter((r) => r.key !== row.key) })}>
                    Remove tag cadence {i + 1}
                  </button>
                </fieldset>
              ))}
            </div>
            <FieldErrors id="tags-errors" errors={errors.tags} />
            <button
              type="button"
              class="button-secondary"
              onClick={() => change({ tags: [...draft.tags, { key: ++rowKey, tag: '', idealDays: '', maxDays: '' }] })}
            >
              Add tag cadence
            </button>
          </fieldset>

          <fieldset class="form-section">
            <legend>Daily reminder</legend>
            <Check
              id="reminders-enabled"
              label="Daily reminder"
              checked={draft.remindersEnabled}
              onChecked={(c) => change({ remindersEnabled: c })}
              hint="One notification a day listing who is due or overdue. Clicking it opens Losing touch."
            />
            <div class={`field kit-narrow ${errors.hour ? 'field-invalid' : ''}`}>
              <label for="reminder-hour">Reminder hour</label>
              <select id="reminder-hour" value={draft.hour} disabled={!draft.remindersEnabled} onChange={(e) => change({ hour: e.currentTarget.value })}>
                {HOURS.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
              <FieldErrors id="hour-errors" errors={errors.hour} />
            </div>
          </fieldset>

          <fieldset class="form-section">
            <legend>E-mail</legend>
            <Check id="log-sent" label="Log mail I send to clients" checked={draft.logSent} onChecked={(c) => change({ logSent: c })} />
            <Check id="log-read" label="Log client mail I read" checked={draft.logRead} onChecked={(c) => change({ logRead: c })} hint="Logged once per message, dated when it was sent." />
            <div class={`field ${errors.neverLog ? 'field-invalid' : ''}`}>
              <label for="never-log">Never log</label>
              <p class="hint" id="never-log-hint">
                One address or domain per line (a domain covers its subdomains), e.g. <strong>opposing-counsel.com</strong>.
              </p>
              <textarea
                id="never-log"
                rows={4}
                value={draft.neverLog}
                spellcheck={false}
                aria-invalid={errors.neverLog ? 'true' : undefined}
                aria-describedby={errors.neverLog ? 'never-log-hint never-log-errors' : 'never-log-hint'}
                onInput={(e) => change({ neverLog: e.currentTarget.value })}
              />
              <FieldErrors id="never-log-errors" errors={errors.neverLog} />
            </div>
          </fieldset>

          <fieldset class="form-section">
            <legend>Awaiting your reply</legend>
            <p class="section-hint">When a client's message has waited this long for your answer, the sidebar says so.</p>
            <div class="field-grid">
              <NumberField id="awaiting-warn" label="Warn after (hours)" value={draft.warnAfterHours} onValue={(v) => change({ warnAfterHours: v })} errors={errors.warnAfterHours} max={8760} />
              <NumberField id="awaiting-urgent" label="Urgent after (hours)" value={draft.urgentAfterHours} onValue={(v) => change({ urgentAfterHours: v })} errors={errors.urgentAfterHours} max={8760} />
            </div>
          </fieldset>

          <div class="form-actions">
            <button type="submit" class="button-primary" aria-disabled={saving ? 'true' : undefined}>
              Save settings
            </button>
            <p class="save-status" role="status">
              {status}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}
