// The last page of the welcome wizard: what Rapport is set to now, read back
// from where each setting lives, with what this walk through the steps did to
// it (set just now, or skipped and left as it was).
import type { DisplayPrefs } from '../../lib/display/prefs';
import { t, tn } from '../../lib/i18n/t';
import type { UserPortal } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/model/settings';
import { catalogueEntry } from '../../lib/sites/efiling/catalogue';
import { hourLabel } from '../options/Settings';
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

const NOTES = {
  saved: 'welcome_outcome_saved',
  unchanged: 'welcome_outcome_unchanged',
  skipped: 'welcome_outcome_skipped',
} as const satisfies Record<Outcome, string>;

const hourText = (h: number) => hourLabel(h);

export const clientsText = (n: number) => (n === 0 ? t('welcome_summary_no_clients') : tn('welcome_summary_client_count', n));

/** A portal as the user knows it: the catalogue's name when it is one of those, else its address. */
export const portalName = (origin: string) => {
  const host = origin.replace(/^https:\/\//, '');
  const entry = catalogueEntry(host);
  return entry ? t('welcome_summary_portal', { name: entry.name, host }) : host;
};

export function summaryOf(now: Now, outcomes: Partial<Record<StepKey, Outcome>>): SummaryRow[] {
  const s = now.settings;
  const note = (k: StepKey) => (outcomes[k] ? { note: t(NOTES[outcomes[k]]) } : {});
  const portals = now.portals.filter((p) => p.granted).map((p) => portalName(p.origin));
  const place = PLACES.find(([v]) => v === now.display.sidebar)?.[1]() ?? now.display.sidebar;
  const theme = THEMES.find(([v]) => v === now.display.theme)?.[1]() ?? now.display.theme;
  const domains = s.firm?.domains ?? [];
  const { idealDays, maxDays } = s.cadence.default;
  return [
    { key: 'clients', label: t('welcome_summary_clients'), value: clientsText(now.clients) },
    { key: 'portals', label: t('welcome_summary_portals'), value: portals.length ? portals.join('; ') : t('welcome_summary_no_portals'), ...note('portals') },
    {
      key: 'touch',
      label: t('welcome_summary_touch'),
      value: s.reminders.enabled
        ? tn('welcome_summary_touch_reminder', idealDays, { max: maxDays, hour: hourText(s.reminders.hour) })
        : tn('welcome_summary_touch_no_reminder', idealDays, { max: maxDays }),
      ...note('touch'),
    },
    { key: 'firm', label: t('welcome_summary_firm'), value: domains.length ? domains.join(', ') : t('welcome_summary_no_domains'), ...note('firm') },
    { key: 'display', label: t('welcome_summary_place'), value: place, ...note('display') },
    { key: 'theme', label: t('welcome_summary_theme'), value: theme, ...note('display') },
  ];
}
