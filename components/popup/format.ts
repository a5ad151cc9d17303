// Wording shared by the popup and the options page's keep-in-touch views.
// No runtime imports beyond Intl and the message lookup: the popup opens on
// every toolbar click. Labels are getters or message keys, read in the
// browser's language when a page renders them, never once at load.
import { t, tn, uiLanguage, type StringKey } from '../../lib/i18n/t';
import type { CadenceState, CadenceStatus } from '../../lib/model/cadence';
import type { InteractionKind } from '../../lib/model/interaction';
import { relativeTime } from '../sidebar/time';

export const STATUS_LABELS: Readonly<Record<CadenceStatus, string>> = {
  get 'on-track'() {
    return t('popup_status_on_track');
  },
  get due() {
    return t('popup_status_due');
  },
  get overdue() {
    return t('popup_status_overdue');
  },
  get never() {
    return t('popup_no_contact_yet');
  },
};

/** The popup's one-click kinds, in button order, with their labels' message keys. "E-mail" is mail the user sent. */
export const QUICK_KINDS = [
  { kind: 'call', label: 'popup_kind_call' },
  { kind: 'meeting', label: 'popup_kind_meeting' },
  { kind: 'email-out', label: 'popup_kind_email' },
  { kind: 'note', label: 'popup_kind_note' },
] as const satisfies readonly { kind: InteractionKind; label: StringKey }[];

/** "Call with Maria Alvarez": what a log wrote, for "Logged: …" and "Removed: …". */
export function loggedText(kind: InteractionKind, name: string): string {
  if (kind === 'call') return t('popup_did_call', { name });
  if (kind === 'meeting') return t('popup_did_meeting', { name });
  if (kind === 'note') return t('popup_did_note', { name });
  return t('popup_did_email', { name });
}

/** sentiment values, the same scale the sidebar's log form uses, with their labels' message keys ('' for none). */
export const MOODS = [
  { value: '', label: '' },
  { value: '1', label: 'popup_mood_pleased' },
  { value: '0', label: 'popup_mood_neutral' },
  { value: '-1', label: 'popup_mood_frustrated' },
] as const satisfies readonly { value: string; label: StringKey | '' }[];

let counts: { lang: string; format: Intl.ListFormat } | undefined;
/** "2 overdue, 1 due" / "2 vencidos y 1 vence": counts side by side, as the language lists units. */
export function countsText(parts: string[]): string {
  const lang = uiLanguage();
  if (counts?.lang !== lang) counts = { lang, format: new Intl.ListFormat(lang, { type: 'unit', style: 'short' }) };
  return counts.format.format(parts);
}

/** The fields every list the popup shows has in common (ClientView, ClientSummary, LosingTouchEntry). */
export interface ClientBrief {
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  lastContact?: number;
  cadence: CadenceState;
}

export const shownName = (c: { name: string; preferredName?: string }) => c.preferredName?.trim() || c.name;

export function lastContactText(c: Pick<ClientBrief, 'lastContact'>, now: number): string {
  return c.lastContact === undefined ? t('popup_no_contact_yet') : t('popup_last_contact', { when: relativeTime(c.lastContact, now) });
}

/** "17 days (max 14)": days since the last contact against the maximum the cadence allows. */
export function sinceVersusCadence(cadence: CadenceState): string {
  if (cadence.daysSince === undefined) return t('popup_no_contact_yet');
  return cadence.maxDays === undefined ? tn('popup_days', cadence.daysSince) : tn('popup_days_max', cadence.daysSince, { max: cadence.maxDays });
}

export function briefOf(c: {
  id?: string;
  client?: { id: string; name: string; preferredName?: string; organisation?: string };
  name?: string;
  preferredName?: string;
  organisation?: string;
  lastContact?: number;
  cadence: CadenceState;
}): ClientBrief {
  const base = c.client ?? { id: c.id!, name: c.name!, preferredName: c.preferredName, organisation: c.organisation };
  return {
    id: base.id,
    name: base.name,
    preferredName: base.preferredName,
    organisation: base.organisation,
    lastContact: c.lastContact,
    cadence: c.cadence,
  };
}
