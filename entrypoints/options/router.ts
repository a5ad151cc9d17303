// The options page's address: options.html#losing-touch, #deadlines, #check-name, #data and #settings are
// those views; anything else is Clients, where #client=<id> opens that client
// (the reminder notification and the popup link here). Choosing a client
// replaces the address rather than pushing it, so Back leaves the page instead
// of stepping through every client looked at.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

export type View = 'clients' | 'losing-touch' | 'deadlines' | 'check-name' | 'data' | 'settings';
export interface Route {
  view: View;
  /** Clients only: the client the address names. */
  clientId?: string;
}

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  if (h === 'losing-touch' || h === 'deadlines' || h === 'check-name' || h === 'data' || h === 'settings') return { view: h };
  const id = new URLSearchParams(h).get('client')?.trim();
  return id ? { view: 'clients', clientId: id } : { view: 'clients' };
}

export function hrefOf(route: Route): string {
  if (route.view !== 'clients') return `#${route.view}`;
  return route.clientId ? `#client=${encodeURIComponent(route.clientId)}` : '#';
}

/** Points the address at `clientId` (or at the bare list) without a history entry or a hashchange. */
export function showClientInAddress(clientId: string | undefined): void {
  const next = clientId ? hrefOf({ view: 'clients', clientId }) : '';
  if (location.hash === next || (!next && !location.hash)) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
}

/** The current route; re-renders on every hashchange. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** The views in the header, each with its label (read when the header renders). */
export const NAV: [View, () => string][] = [
  ['clients', () => t('settings_nav_clients')],
  ['losing-touch', () => t('settings_nav_losing_touch')],
  ['deadlines', () => t('settings_nav_deadlines')],
  ['check-name', () => t('settings_nav_check_name')],
  ['data', () => t('settings_nav_data')],
  ['settings', () => t('settings_nav_settings')],
];
