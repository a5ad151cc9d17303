// The welcome page's settings steps (keep in touch, your firm) each show a few
// fields of the settings record. A save applies only the fields the user
// changed, on top of the record as stored at that moment, through the Settings
// form's own draftOf/settingsOf: every section these steps do not show (tag
// cadences, mail logging, trash, backups, colleagues' addresses) goes back
// exactly as it was, and a field the user left alone is never written back
// over a change made meanwhile in Options.
import { t } from '../../lib/i18n/t';
import { checkFirmDomain } from '../../lib/identity/colleagues';
import type { Settings } from '../../lib/model/settings';
import { draftOf, fieldOfIssue, settingsOf, type SettingsDraft } from '../options/Settings';

export type StepField = 'idealDays' | 'maxDays' | 'remindersEnabled' | 'hour' | 'firmDomains';
export type StepDraft = Partial<Pick<SettingsDraft, StepField>>;
export type FieldErrors = Record<string, string[]>;

/** What a step shows of `s`, as the Settings form would show it. */
export function stepDraftOf<K extends StepField>(s: Settings, fields: readonly K[]): Pick<SettingsDraft, K> {
  const d = draftOf(s);
  return Object.fromEntries(fields.map((f) => [f, d[f]])) as Pick<SettingsDraft, K>;
}

/** The fields of `mine` the user changed from `base` (what the step was loaded with). */
export function changedFields(base: StepDraft, mine: StepDraft): StepDraft {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(mine) as StepField[]) if (mine[k] !== base[k]) out[k] = mine[k];
  return out as StepDraft;
}

/** The firm domains as the Settings form splits them ("a.com, b.com" or one a line). */
export const firmDomainList = (text: string): string[] =>
  text
    .split(/[\n,;\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Settings → Your firm's rule, checked before anything is sent: a public mail
 * service or something that is not a domain is refused with its reason. The
 * background checks the same (settingsSchema) whatever the page does.
 */
export function firmDomainErrors(text: string): string[] {
  return firmDomainList(text).flatMap((d) => {
    const c = checkFirmDomain(d);
    return c.ok ? [] : [c.message];
  });
}

/**
 * The settings to save: `stored` with `changed` applied and nothing else,
 * edited from `stored`'s version; or the fields that are wrong, by field name.
 */
export function patchSettings(stored: Settings, changed: StepDraft): { settings: Settings; errors: null } | { settings: null; errors: FieldErrors } {
  const draft: SettingsDraft = { ...draftOf(stored), ...changed };
  const errors: FieldErrors = {};
  if (changed.firmDomains !== undefined) {
    const firm = firmDomainErrors(changed.firmDomains);
    if (firm.length) errors.firmDomains = firm;
  }
  const out = settingsOf(draft, stored.version, stored);
  if (out.errors) Object.assign(errors, out.errors);
  return Object.keys(errors).length || !out.settings ? { settings: null, errors } : { settings: out.settings, errors: null };
}

/** The background's refusal (issue paths such as "settings.cadence.default.maxDays") as errors by field; "form" for the rest. */
export function errorsOfIssues(issues: readonly { path: string; message: string }[], changed: StepDraft, stored: Settings): FieldErrors {
  const draft: SettingsDraft = { ...draftOf(stored), ...changed };
  const lines = draft.neverLog
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: FieldErrors = {};
  for (const i of issues) {
    const { field, line } = fieldOfIssue(i.path, draft, lines);
    (out[field] ??= []).push(line ? t('settings_line_issue', { line, message: i.message }) : i.message);
  }
  return out;
}
