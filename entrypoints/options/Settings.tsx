// Settings (options.html#settings): cadence defaults and per-tag cadences,
// the daily reminder, mail logging and the never-log list, and the "awaiting
// your reply" thresholds. The background validates the whole record; the form
// checks numbers first so the messages can sit beside the fields.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConflictPanel, type ConflictRow } from '../../components/conflict/ConflictPanel';
import { threeWay, type Choice } from '../../components/conflict/three-way';
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

/**
 * The draft as settings (edited from `version`), or the fields that are not
 * whole numbers / repeated tags. `stored`: the settings the draft was made
 * from; sections this form does not show (trash, backup, colleagues'
 * addresses, whatever a later version adds) are kept from it, never dropped.
 */
export function settingsOf(d: SettingsDraft, version = 0, stored?: Settings): { settings: Settings; errors: null } | { settings: null; errors: Errors } {
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
export function fieldOfIssue(path: string, d: SettingsDraft, lines: string[]): { field: string; prefix: string } {
  const p = path.replace(/^settings\./, '').split('.');
  if (p[0] === 'cadence' && p[1] === 'default') return { field: p[2] === 'maxDays' ? 'maxDays' : 'idealDays', prefix: '' };
  if (p[0] === 'cadence' && p[1] === 'byTag') {
    const row = d.tags.find((r) => r.tag.trim() === p[2]);
    return { field: row ? `tag-${row.key}` : 'tags', prefix: '' };
  }
  if (p[0] === 'reminders') return { field: 'hour', prefix: '' };
  if (p[0] === 'backup') return { field: p[1] === 'keep' ? 'backupKeep' : 'backupRemindDays', prefix: '' };
  if (p[0] === 'mail' && p[1] === 'neverLog') {
    const i = Number(p[2]);
    return { field: 'neverLog', prefix: Number.isInteger(i) && lines[i] ? `“${lines[i]}”: ` : '' };
  }
  if (p[0] === 'firm') return { field: 'firmDomains', prefix: '' };
  if (p[0] === 'awaitingReply') return { field: p[1] === 'urgentAfterHours' ? 'urgentAfterHours' : 'warnAfterHours', prefix: '' };
  return { field: 'form', prefix: '' };
}

export const HOURS = Array.from({ length: 24 }, (_, h) => [String(h), `${String(h).padStart(2, '0')}:00`] as const);

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
const FIELDS: { key: Field; label: string; canMerge: boolean }[] = [
  { key: 'idealDays', label: 'Default ideal days', canMerge: false },
  { key: 'maxDays', label: 'Default maximum days', canMerge: false },
  { key: 'tags', label: 'Tag cadences', canMerge: true },
  { key: 'remindersEnabled', label: 'Daily reminder', canMerge: false },
  { key: 'hour', label: 'Reminder hour', canMerge: false },
  { key: 'logSent', label: 'Log mail I send to clients', canMerge: false },
  { key: 'logRead', label: 'Log client mail I read', canMerge: false },
  { key: 'neverLog', label: 'Never log', canMerge: true },
  { key: 'warnAfterHours', label: 'Warn after (hours)', canMerge: false },
  { key: 'urgentAfterHours', label: 'Urgent after (hours)', canMerge: false },
  { key: 'firmDomains', label: 'Your firm’s domains', canMerge: true },
  { key: 'backupRemindDays', label: 'Remind to back up after (days)', canMerge: false },
  { key: 'backupAuto', label: 'Automatic backups', canMerge: false },
  { key: 'backupKeep', label: 'Automatic backups kept', canMerge: false },
];
const KEYS = FIELDS.map((f) => f.key);

/** A draft without the rows' screen keys, so two drafts of the same settings compare equal. */
const comparable = (d: SettingsDraft) => ({ ...d, tags: d.tags.map(({ tag, idealDays, maxDays }) => ({ tag: tag.trim(), idealDays, maxDays })) }) as unknown as SettingsDraft;
const withKeys = (tags: { tag: string; idealDays: string; maxDays: string }[]): TagRow[] => tags.map((t) => ({ ...t, key: ++rowKey }));

function asText(key: Field, d: SettingsDraft): string {
  const v = d[key];
  if (key === 'tags') return d.tags.map((t) => `${t.tag}: ${t.idealDays} / ${t.maxDays} days`).join('\n');
  if (key === 'hour') return `${String(v).padStart(2, '0')}:00`;
  if (typeof v === 'boolean') return v ? 'On' : 'Off';
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
      <legend>Your firm</legend>
      <div class={`field ${props.errors ? 'field-invalid' : ''}`}>
        <label for="firm-domains">Your firm’s domains</label>
        <p class="hint" id="firm-domains-hint">
          One per line. People at these domains are colleagues: never offered as new clients, and shown only as co-counsel on a matter. Public mail services (gmail.com …) are not accepted.
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
            You are signed in as {guess!.signedIn}.{' '}
            <button type="button" class="button-secondary" onClick={() => props.onValue([props.value.trim(), offer].filter(Boolean).join('\n'))}>
              Add {offer}
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
      setErrors({ form: ['Settings were changed elsewhere: choose what to keep for each setting below first.'] });
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
          <ConflictPanel
            class="settings-conflict"
            rows={(conflict?.fields ?? []).map((k): ConflictRow => {
              const f = FIELDS.find((x) => x.key === k)!;
              return { key: k, label: f.label, theirs: asText(k, conflict!.theirs), mine: asText(k, draft), canMerge: f.canMerge };
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

          <FirmDomains value={draft.firmDomains} errors={errors.firmDomains} onValue={(firmDomains) => change({ firmDomains })} />

          <fieldset class="form-section">
            <legend>Awaiting your reply</legend>
            <p class="section-hint">When a client's message has waited this long for your answer, the sidebar says so.</p>
            <div class="field-grid">
              <NumberField id="awaiting-warn" label="Warn after (hours)" value={draft.warnAfterHours} onValue={(v) => change({ warnAfterHours: v })} errors={errors.warnAfterHours} max={8760} />
              <NumberField id="awaiting-urgent" label="Urgent after (hours)" value={draft.urgentAfterHours} onValue={(v) => change({ urgentAfterHours: v })} errors={errors.urgentAfterHours} max={8760} />
            </div>
          </fieldset>

          <fieldset class="form-section">
            <legend>Backups</legend>
            <p class="section-hint">Automatic backups go into a “Rapport backups” folder in your downloads, with no Rapport page open; older ones beyond the number kept are deleted. Options → Data backs up and restores by hand.</p>
            <div class="field-grid">
              <div class="field">
                <label for="backup-auto">Automatic backups</label>
                <select id="backup-auto" value={draft.backupAuto} onChange={(e) => change({ backupAuto: e.currentTarget.value as AutoBackup })}>
                  <option value="off">Off</option>
                  <option value="daily">Daily</option>
                  <option value="weekly">Weekly</option>
                </select>
              </div>
              <NumberField id="backup-keep" label="Automatic backups kept" value={draft.backupKeep} onValue={(v) => change({ backupKeep: v })} errors={errors.backupKeep} min={1} max={100} />
              <NumberField id="backup-remind" label="Remind to back up after (days)" value={draft.backupRemindDays} onValue={(v) => change({ backupRemindDays: v })} errors={errors.backupRemindDays} min={1} max={3650} />
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
