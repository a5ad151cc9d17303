// Wording shared by the popup and the options page's keep-in-touch views.
// No runtime imports beyond Intl: the popup opens on every toolbar click.
import type { CadenceState, CadenceStatus } from '../../lib/model/cadence';
import type { InteractionKind } from '../../lib/model/interaction';
import { relativeTime } from '../sidebar/time';

export const STATUS_LABELS: Record<CadenceStatus, string> = {
  'on-track': 'On track',
  due: 'Due',
  overdue: 'Overdue',
  never: 'No contact yet',
};

/** The popup's one-click kinds, in button order. "E-mail" is mail the user sent. */
export const QUICK_KINDS: { kind: InteractionKind; label: string }[] = [
  { kind: 'call', label: 'Call' },
  { kind: 'meeting', label: 'Meeting' },
  { kind: 'email-out', label: 'E-mail' },
  { kind: 'note', label: 'Note' },
];

/** sentiment values, the same scale the sidebar's log form uses. */
export const MOODS: { value: string; label: string }[] = [
  { value: '', label: '—' },
  { value: '1', label: 'Pleased' },
  { value: '0', label: 'Neutral' },
  { value: '-1', label: 'Frustrated' },
];

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
  return c.lastContact === undefined ? 'No contact yet' : `Last contact ${relativeTime(c.lastContact, now)}`;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "17 days (max 14)": days since the last contact against the maximum the cadence allows. */
export function sinceVersusCadence(cadence: CadenceState): string {
  if (cadence.daysSince === undefined) return 'No contact yet';
  return cadence.maxDays === undefined ? days(cadence.daysSince) : `${days(cadence.daysSince)} (max ${cadence.maxDays})`;
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
