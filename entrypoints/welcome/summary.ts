// The last page of the welcome wizard: what Rapport is set to now, read back
// from where each setting lives, with what this walk through the steps did to
// it (set just now, or skipped and left as it was).
import type { DisplayPrefs } from '../../lib/display/prefs';
import type { UserPortal } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/model/settings';
import { catalogueEntry } from '../../lib/sites/efiling/catalogue';
import { HOURS } from '../options/Settings';
import { PLACES, THEMES } from '../../components/display/DisplaySettings';

/** What the user did at a step: saved a change, went on without changing anything, or skipped it. */
export type Outcome = 'saved' | 'unchanged' | 'skipped';
export type StepKey = 'clients' | 'mail' | 'portals' | 'touch' | 'firm' | 'display';

export interface Now {
  clients: number;
  portals: UserPortal[];
  settings: Settings;
  display: DisplayPrefs;
}

export interface SummaryRow {
  key: string;
  label: string;
  value: string;
  /** What this walk did to it; absent for the steps that only inform. */
  note?: string;
}

const NOTES: Record<Outcome, string> = {
  saved: 'Set just now',
  unchanged: 'Kept as it was',
  skipped: 'Skipped: left as it was',
};

const hourText = (h: number) => HOURS.find(([v]) => v === String(h))?.[1] ?? `${h}:00`;

export const clientsText = (n: number) => (n === 0 ? 'No clients yet' : n === 1 ? '1 client' : `${n} clients`);

/** A portal as the user knows it: the catalogue's name when it is one of those, else its address. */
export const portalName = (origin: string) => {
  const host = origin.replace(/^https:\/\//, '');
  const entry = catalogueEntry(host);
  return entry ? `${entry.name} (${host})` : host;
};

export function summaryOf(now: Now, outcomes: Partial<Record<StepKey, Outcome>>): SummaryRow[] {
  const s = now.settings;
  const note = (k: StepKey) => (outcomes[k] ? { note: NOTES[outcomes[k]] } : {});
  const portals = now.portals.filter((p) => p.granted).map((p) => portalName(p.origin));
  const place = PLACES.find(([v]) => v === now.display.sidebar)?.[1] ?? now.display.sidebar;
  const theme = THEMES.find(([v]) => v === now.display.theme)?.[1] ?? now.display.theme;
  const domains = s.firm?.domains ?? [];
  const { idealDays, maxDays } = s.cadence.default;
  return [
    { key: 'clients', label: 'Clients', value: clientsText(now.clients) },
    { key: 'portals', label: 'Court portals you added', value: portals.length ? portals.join('; ') : 'None added', ...note('portals') },
    {
      key: 'touch',
      label: 'Keeping in touch',
      value: `Due after ${idealDays} days without contact, overdue after ${maxDays}; ${s.reminders.enabled ? `daily reminder at ${hourText(s.reminders.hour)}` : 'no daily reminder'}`,
      ...note('touch'),
    },
    { key: 'firm', label: 'Your firm’s domains', value: domains.length ? domains.join(', ') : 'None', ...note('firm') },
    { key: 'display', label: 'Rapport shows in', value: place, ...note('display') },
    { key: 'theme', label: 'Colours', value: theme, ...note('display') },
  ];
}
