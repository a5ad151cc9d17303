// Settings (options.html#settings): cadence defaults and per-tag cadences,
// the daily reminder, mail logging and the never-log list, and the "awaiting
// your reply" thresholds. The background validates the whole record; the form
// checks numbers first so the messages can sit beside the fields.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConflictPanel, type ConflictRow } from '../../components/conflict/ConflictPanel';
import { threeWay, type Choice } from '../../components/conflict/three-way';
import { formatTime } from '../../lib/i18n/format';
import { t, tn } from '../../lib/i18n/t';
import { RapportError, send } from '../../lib/messaging/client';
import { autoBackupEvery, autoBackupKeep, backupRemindDays, type AutoBackup, type Settings } from '../../lib/model/settings';

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
  /** The firm's domains, one per line. */
  firmDomains: string;
  /** Backups: the reminder, and automatic backups (Options → Data offers the same). */
  backupRemindDays: string;
  backupAuto: AutoBackup;
  backupKeep: string;
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
    firmDomains: (s.firm?.domains ?? []).join('\n'),
    backupRemindDays: String(backupRemindDays(s)),
    backupAuto: autoBackupEvery(s),
    backupKeep: String(autoBackupKeep(s)),
  };
}

const WHOLE = { days: 'settings_whole_days', hours: 'settings_whole_hours', backups: 'settings_whole_backups' } as const;

/**
 * The draft as settings (edited from `version`), or the fields that are not
 * whole numbers / repeated tags. `stored`: the settings the draft was made
 * from; sections this form does not show (trash, backup, colleagues'
 * addresses, whatever a later version adds) are kept from it, never dropped.
 */
export function settingsOf(d: SettingsDraft, version = 0, stored?: Settings): { settings: Settings; errors: null } | { settings: null; errors: Errors } {
  const errors: Errors = {};
  const whole = (field: string, raw: string, what: 'days' | 'hours' | 'backups'): number => {
    const n = Number(raw.trim());
    if (!raw.trim() || !Number.isInteger(n)) (errors[field] ??= []).push(t(WHOLE[what]));
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
      (errors[field] ??= []).push(t('settings_tag_needs_tag'));
    } else if (seen.has(tag.toLowerCase())) (errors[field] ??= []).push(t('settings_tag_repeated', { tag }));
    seen.add(tag.toLowerCase());
    byTag[tag] = { idealDays, maxDays };
  }
  const settings: Settings = {
    ...stored,
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
    backup: {
      remindAfterDays: whole('backupRemindDays', d.backupRemindDays, 'days'),
      auto: d.backupAuto,
      keep: whole('backupKeep', d.backupKeep, 'backups'),
    },
    version,
  };
  const firmDomains = d.firmDomains
    .split(/[\n,;\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const addresses = stored?.firm?.addresses ?? [];
  if (firmDomains.length || addresses.length) settings.firm = { ...stored?.firm, domains: firmDomains, addresses };
  else delete settings.firm;
  return Object.keys(errors).length ? { settings: null, errors } : { settings, errors: null };
}

/** The background's issue paths ("settings.cadence.byTag.VIP.maxDays") → the field that shows them. */
export function fieldOfIssue(path: string, d: SettingsDraft, lines: string[]): { field: string; line?: string } {
  const p = path.replace(/^settings\./, '').split('.');
  if (p[0] === 'cadence' && p[1] === 'default') return { field: p[2] === 'maxDays' ? 'maxDays' : 'idealDays' };
  if (p[0] === 'cadence' && p[1] === 'byTag') {
    const row = d.tags.find((r) => r.tag.trim() === p[2]);
    return { field: row ? `tag-${row.key}` : 'tags' };
  }
  if (p[0] === 'reminders') return { field: 'hour' };
  if (p[0] === 'backup') return { field: p[1] === 'keep' ? 'backupKeep' : 'backupRemindDays' };
  if (p[0] === 'mail' && p[1] === 'neverLog') {
    const i = Number(p[2]);
    return { field: 'neverLog', line: Number.isInteger(i) ? lines[i] : undefined };
  }
  if (p[0] === 'firm') return { field: 'firmDomains' };
  if (p[0] === 'awaitingReply') return { field: p[1] === 'urgentAfterHours' ? 'urgentAfterHours' : 'warnAfterHours' };
  return { field: 'form' };
}

/** "7:00 AM" / "7:00": an hour of the day in the locale's clock. */
export const hourLabel = (h: number) => formatTime(new Date(2000, 0, 1, h));
export const HOURS = Array.from({ length: 24 }, (_, h) => String(h));

const AUTO_CHOICES: AutoBackup[] = ['off', 'daily', 'weekly'];
const AUTO_LABELS: Record<AutoBackup, () => string> = {
  off: () => t('settings_off'),
  daily: () => t('settings_backup_daily'),
  weekly: () => t('settings_backup_weekly'),
};

/** The example domain stays in bold wherever the translation puts it. */
const NEVER_LOG_EXAMPLE = 'opposing-counsel.com';
function NeverLogHint() {
  const mark = '\uE000';
  const [before, after] = t('settings_never_log_hint', { example: mark }).split(mark);
  return (
    <>
      {before}
      <strong>{NEVER_LOG_EXAMPLE}</strong>
      {after}
    </>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul class="field-errors" id={id}>
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

export function NumberField(props: { id: string; label: string; value: string; onValue: (v: string) => void; errors?: string[]; min?: number; max?: number }) {
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

export function Check({ id, label, checked, onChecked, hint }: { id: string; label: string; checked: boolean; onChecked: (c: boolean) => void; hint?: ComponentChildren }) {
  return (
    <div class="kit-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChecked(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}

// --- Saves never lose edits: what another Settings page saved meanwhile.

type Field = Exclude<keyof SettingsDraft, never>;
/** Each field's label: the same message the form labels it with. */
const FIELDS: { key: Field; label: () => string; canMerge: boolean }[] = [
  { key: 'idealDays', label: () => t('settings_default_ideal_days'), canMerge: false },
  { key: 'maxDays', label: () => t('settings_default_max_days'), canMerge: false },
  { key: 'tags', label: () => t('settings_tag_cadences'), canMerge: true },
  { key: 'remindersEnabled', label: () => t('settings_daily_reminder'), canMerge: false },
  { key: 'hour', label: () => t('settings_reminder_hour'), canMerge: false },
  { key: 'logSent', label: () => t('settings_log_sent'), canMerge: false },
  { key: 'logRead', label: () => t('settings_log_read'), canMerge: false },
  { key: 'neverLog', label: () => t('settings_never_log'), canMerge: true },
  { key: 'warnAfterHours', label: () => t('settings_warn_after'), canMerge: false },
  { key: 'urgentAfterHours', label: () => t('settings_urgent_after'), canMerge: false },
  { key: 'firmDomains', label: () => t('settings_firm_domains'), canMerge: true },
  { key: 'backupRemindDays', label: () => t('settings_backup_remind'), canMerge: false },
  { key: 'backupAuto', label: () => t('settings_backup_auto'), canMerge: false },
  { key: 'backupKeep', label: () => t('settings_backup_keep'), canMerge: false },
];
const KEYS = FIELDS.map((f) => f.key);

/** A draft without the rows' screen keys, so two drafts of the same settings compare equal. */
const comparable = (d: SettingsDraft) => ({ ...d, tags: d.tags.map(({ tag, idealDays, maxDays }) => ({ tag: tag.trim(), idealDays, maxDays })) }) as unknown as SettingsDraft;
const withKeys = (tags: { tag: string; idealDays: string; maxDays: string }[]): TagRow[] => tags.map((t) => ({ ...t, key: ++rowKey }));

function asText(key: Field, d: SettingsDraft): string {
  const v = d[key];
  if (key === 'tags') return d.tags.map((r) => tn('settings_tag_cadence_text', Number(r.maxDays), { tag: r.tag, ideal: r.idealDays })).join('\n');
  if (key === 'hour') return hourLabel(Number(v));
  if (typeof v === 'boolean') return v ? t('settings_on') : t('settings_off');
  if (key === 'backupAuto') return AUTO_LABELS[v as AutoBackup]();
  return String(v);
}

function both(key: Field, mine: SettingsDraft, theirs: SettingsDraft): Partial<SettingsDraft> {
  if (key === 'neverLog') return { neverLog: [...new Set([...mine.neverLog.split('\n'), ...theirs.neverLog.split('\n')].map((l) => l.trim()).filter(Boolean))].join('\n') };
  if (key === 'firmDomains') return { firmDomains: [...new Set([...mine.firmDomains.split('\n'), ...theirs.firmDomains.split('\n')].map((l) => l.trim()).filter(Boolean))].join('\n') };
  // Tag cadences: ours, then theirs for tags we do not have.
  const ours = new Set(mine.tags.map((t) => t.tag.trim().toLowerCase()));
  return { tags: [...mine.tags, ...withKeys(theirs.tags.filter((t) => !ours.has(t.tag.trim().toLowerCase())))] };
}

interface Conflict {
  theirs: SettingsDraft;
  version: number;
  /** The stored settings `theirs` came from (the sections this form does not show). */
  settings: Settings;
  fields: Field[];
}

/**
 * The firm's own domains: colleagues there are never offered as new clients.
 * Rapport suggests the domain of the signed-in address the sidebar has seen;
 * nothing is added until the user accepts it and saves.
 */
export function FirmDomains(props: { value: string; errors?: string[]; onValue: (v: string) => void }) {
  const [guess, setGuess] = useState<{ signedIn?: string; domain?: string } | null>(null);
  useEffect(() => {
    send('firmGuess', {}).then(setGuess, () => setGuess(null));
  }, []);
  const listed = props.value.split(/[\n,;\s]+/).map((l) => l.trim().toLowerCase().replace(/^@/, ''));
  const offer = guess?.domain && !listed.includes(guess.domain) ? guess.domain : null;
  return (
    <fieldset class="form-section">
      <legend>{t('settings_firm_legend')}</legend>
      <div class={`field ${props.errors ? 'field-invalid' : ''}`}>
        <label for="firm-domains">{t('settings_firm_domains')}</label>
        <p class="hint" id="firm-domains-hint">
          {t('settings_firm_domains_hint')}
        </p>
        <textarea
          id="firm-domains"
          rows={2}
          value={props.value}
          spellcheck={false}
          aria-invalid={props.errors ? 'true' : undefined}
          aria-describedby={props.errors ? 'firm-domains-hint firm-domains-errors' : 'firm-domains-hint'}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
        <FieldErrors id="firm-domains-errors" errors={props.errors} />
        {offer && (
          <p class="hint">
            {t('settings_signed_in_as', { address: guess!.signedIn ?? '' })}{' '}
            <button type="button" class="button-secondary" onClick={() => props.onValue([props.value.trim(), offer].filter(Boolean).join('\n'))}>
              {t('settings_add_domain', { domain: offer })}
            </button>
          </p>
        )}
      </div>
    </fieldset>
  );
}

export function SettingsForm() {
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  /** What the draft was started from, and its version: a save from an older version is refused. */
  const [base, setBase] = useState<{ draft: SettingsDraft; version: number; settings: Settings } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    send('getSettings', {}).then(
      (s) => {
        const d = draftOf(s);
        setDraft(d);
        setBase({ draft: d, version: s.version, settings: s });
      },
      (e) => setLoadError(e instanceof RapportError ? e.message : t('settings_could_not_load')),
    );
    heading.current?.focus();
  }, []);

  const change = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setStatus('');
  };
  const changeTag = (key: number, patch: Partial<TagRow>) =>
    change({ tags: draft!.tags.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  /**
   * Someone saved settings since this page loaded them: take what only they
   * changed, keep what only we changed, and ask about what both changed.
   * Returns the draft to save at once, or null when the user must choose.
   */
  const rebase = async (mine: SettingsDraft): Promise<{ draft: SettingsDraft; version: number; settings: Settings } | null> => {
    const stored = await send('getSettings', {});
    const theirs = draftOf(stored);
    const ours = comparable(mine);
    const m = threeWay(comparable(base!.draft), ours, comparable(theirs), KEYS);
    // The rows themselves (with their screen keys) from whichever side the merge took.
    const merged: SettingsDraft = { ...m.merged, tags: m.merged.tags === ours.tags ? mine.tags : theirs.tags };
    setDraft(merged);
    if (m.conflicts.length) {
      setConflict({ theirs, version: stored.version, settings: stored, fields: m.conflicts });
      return null;
    }
    setBase({ draft: theirs, version: stored.version, settings: stored });
    return { draft: merged, version: stored.version, settings: stored };
  };

  const choose = (key: string, choice: Choice) => {
    if (!conflict || !draft) return;
    const k = key as Field;
    const patch: Partial<SettingsDraft> = choice === 'theirs' ? { [k]: conflict.theirs[k] } : choice === 'both' ? both(k, draft, conflict.theirs) : {};
    setDraft({ ...draft, ...patch });
    const fields = conflict.fields.filter((f) => f !== k);
    if (fields.length) setConflict({ ...conflict, fields });
    else {
      // All settled: the draft now builds on what is stored.
      setConflict(null);
      setBase({ draft: conflict.theirs, version: conflict.version, settings: conflict.settings });
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft || !base || saving) return;
    setStatus('');
    if (conflict) {
      setErrors({ form: [t('settings_changed_elsewhere')] });
      return;
    }
    const local = settingsOf(draft, base.version, base.settings);
    if (local.errors) {
      setErrors(local.errors);
      return;
    }
    setSaving(true);
    try {
      let saved: Settings;
      try {
        saved = await send('updateSettings', { settings: local.settings });
      } catch (x) {
        if (!(x instanceof RapportError && x.code === 'conflict')) throw x;
        const next = await rebase(draft);
        if (!next) return;
        const again = settingsOf(next.draft, next.version, next.settings);
        if (again.errors) return setErrors(again.errors);
        saved = await send('updateSettings', { settings: again.settings });
      }
      const d = draftOf(saved);
      setDraft(d);
      setBase({ draft: d, version: saved.version, settings: saved });
      setErrors({});
      setStatus(t('settings_saved'));
    } catch (err) {
      const next: Errors = {};
      if (err instanceof RapportError && err.issues.length) {
        const lines = draft.neverLog.split('\n').map((l) => l.trim()).filter(Boolean);
        for (const i of err.issues) {
          const { field, line } = fieldOfIssue(i.path, draft, lines);
          (next[field] ??= []).push(line ? t('settings_line_issue', { line, message: i.message }) : i.message);
        }
      } else next.form = [err instanceof RapportError ? err.message : t('settings_could_not_save')];
      setErrors(next);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section id="settings" class="kit-view" aria-labelledby="settings-heading">
      <h2 id="settings-heading" tabIndex={-1} ref={heading}>
        {t('settings_heading')}
      </h2>
      {loadError && (
        <p class="list-error" role="alert">
          {loadError}
        </p>
      )}
      {draft && (
        <form class="kit-form" onSubmit={save} noValidate>
          <ConflictPanel
            class="settings-conflict"
            rows={(conflict?.fields ?? []).map((k): ConflictRow => {
              const f = FIELDS.find((x) => x.key === k)!;
              return { key: k, label: f.label(), theirs: asText(k, conflict!.theirs), mine: asText(k, draft), canMerge: f.canMerge };
            })}
            onChoose={choose}
          />
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
            <legend>{t('settings_cadence_legend')}</legend>
            <p class="section-hint">{t('settings_cadence_hint')}</p>
            <div class="field-grid">
              <NumberField id="default-ideal" label={t('settings_default_ideal_days')} value={draft.idealDays} onValue={(v) => change({ idealDays: v })} errors={errors.idealDays} max={3650} />
              <NumberField id="default-max" label={t('settings_default_max_days')} value={draft.maxDays} onValue={(v) => change({ maxDays: v })} errors={errors.maxDays} max={3650} />
            </div>
            <h3 class="kit-subhead">{t('settings_per_tag')}</h3>
            {draft.tags.length === 0 && <p class="hint">{t('settings_no_tag_cadences')}</p>}
            <div class="repeatable-items">
              {draft.tags.map((row, i) => (
                <fieldset key={row.key} class="repeatable-item" aria-describedby={errors[`tag-${row.key}`] ? `tag-${row.key}-errors` : undefined}>
                  <legend>{t('settings_tag_cadence_n', { number: i + 1 })}</legend>
                  <div class="repeatable-fields">
                    <div class="field">
                      <label for={`tag-${row.key}-name`}>{t('settings_tag')}</label>
                      <input id={`tag-${row.key}-name`} type="text" value={row.tag} maxLength={50} onInput={(e) => changeTag(row.key, { tag: e.currentTarget.value })} />
                    </div>
                    <NumberField id={`tag-${row.key}-ideal`} label={t('settings_ideal_days')} value={row.idealDays} onValue={(v) => changeTag(row.key, { idealDays: v })} max={3650} />
                    <NumberField id={`tag-${row.key}-max`} label={t('settings_max_days')} value={row.maxDays} onValue={(v) => changeTag(row.key, { maxDays: v })} max={3650} />
                  </div>
                  <FieldErrors id={`tag-${row.key}-errors`} errors={errors[`tag-${row.key}`]} />
                  <button type="button" class="button-quiet remove-item" onClick={() => change({ tags: draft.tags.filter((r) => r.key !== row.key) })}>
                    {t('settings_remove_tag_cadence_n', { number: i + 1 })}
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
              {t('settings_add_tag_cadence')}
            </button>
          </fieldset>

          <fieldset class="form-section">
            <legend>{t('settings_daily_reminder')}</legend>
            <Check
              id="reminders-enabled"
              label={t('settings_daily_reminder')}
              checked={draft.remindersEnabled}
              onChecked={(c) => change({ remindersEnabled: c })}
              hint={t('settings_daily_reminder_hint')}
            />
            <div class={`field kit-narrow ${errors.hour ? 'field-invalid' : ''}`}>
              <label for="reminder-hour">{t('settings_reminder_hour')}</label>
              <select id="reminder-hour" value={draft.hour} disabled={!draft.remindersEnabled} onChange={(e) => change({ hour: e.currentTarget.value })}>
                {HOURS.map((v) => (
                  <option key={v} value={v}>
                    {hourLabel(Number(v))}
                  </option>
                ))}
              </select>
              <FieldErrors id="hour-errors" errors={errors.hour} />
            </div>
          </fieldset>

          <fieldset class="form-section">
            <legend>{t('settings_email_legend')}</legend>
            <Check id="log-sent" label={t('settings_log_sent')} checked={draft.logSent} onChecked={(c) => change({ logSent: c })} />
            <Check id="log-read" label={t('settings_log_read')} checked={draft.logRead} onChecked={(c) => change({ logRead: c })} hint={t('settings_log_read_hint')} />
            <div class={`field ${errors.neverLog ? 'field-invalid' : ''}`}>
              <label for="never-log">{t('settings_never_log')}</label>
              <p class="hint" id="never-log-hint">
                <NeverLogHint />
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

          <FirmDomains value={draft.firmDomains} errors={errors.firmDomains} onValue={(firmDomains) => change({ firmDomains })} />

          <fieldset class="form-section">
            <legend>{t('settings_awaiting_legend')}</legend>
            <p class="section-hint">{t('settings_awaiting_hint')}</p>
            <div class="field-grid">
              <NumberField id="awaiting-warn" label={t('settings_warn_after')} value={draft.warnAfterHours} onValue={(v) => change({ warnAfterHours: v })} errors={errors.warnAfterHours} max={8760} />
              <NumberField id="awaiting-urgent" label={t('settings_urgent_after')} value={draft.urgentAfterHours} onValue={(v) => change({ urgentAfterHours: v })} errors={errors.urgentAfterHours} max={8760} />
            </div>
          </fieldset>

          <fieldset class="form-section">
            <legend>{t('settings_backups_legend')}</legend>
            <p class="section-hint">{t('settings_backups_hint')}</p>
            <div class="field-grid">
              <div class="field">
                <label for="backup-auto">{t('settings_backup_auto')}</label>
                <select id="backup-auto" value={draft.backupAuto} onChange={(e) => change({ backupAuto: e.currentTarget.value as AutoBackup })}>
                  {AUTO_CHOICES.map((v) => (
                    <option key={v} value={v}>
                      {AUTO_LABELS[v]()}
                    </option>
                  ))}
                </select>
              </div>
              <NumberField id="backup-keep" label={t('settings_backup_keep')} value={draft.backupKeep} onValue={(v) => change({ backupKeep: v })} errors={errors.backupKeep} min={1} max={100} />
              <NumberField id="backup-remind" label={t('settings_backup_remind')} value={draft.backupRemindDays} onValue={(v) => change({ backupRemindDays: v })} errors={errors.backupRemindDays} min={1} max={3650} />
            </div>
          </fieldset>

          <div class="form-actions">
            <button type="submit" class="button-primary" aria-disabled={saving ? 'true' : undefined}>
              {t('settings_save')}
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
