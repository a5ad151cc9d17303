// The options page: a header with the three views, and the view the address
// names (router.ts). Each view talks to the background itself.
import { useState } from 'preact/hooks';
import { ClientsView, type Notice } from './ClientsView';
import { CheckNameView } from './CheckNameView';
import { DataView } from './DataView';
import { LosingTouch } from './LosingTouch';
import { Portals } from './Portals';
import { hrefOf, NAV, useRoute } from './router';
import { SettingsForm } from './Settings';
import { DeadlinesView } from './DeadlinesView';
import { DeadlineSettingsForm } from './DeadlineSettings';
import { DisplaySettings } from '../../components/display/DisplaySettings';
import { t } from '../../lib/i18n/t';
import './keep-in-touch.css';

export function App() {
  const route = useRoute();
  const [notice, setNotice] = useState<Notice>(null);
  /** Anything that changes when clients or interactions do: Losing touch reloads on it. */
  const [listChanged, setListChanged] = useState<unknown>(undefined);

  return (
    <div class="page">
      <header class="topbar">
        <h1>{t('ext_name')}</h1>
        <nav class="views-nav" aria-label={t('ext_name')}>
          {NAV.map(([view, label]) => (
            <a key={view} href={hrefOf({ view })} aria-current={view === route.view ? 'page' : undefined}>
              {label()}
            </a>
          ))}
        </nav>
        <p class={`notice ${notice?.tone === 'error' ? 'notice-error' : ''}`} role="status">
          {notice?.text ?? ''}
        </p>
      </header>
      {/* Kept mounted while another view shows, so an unsaved edit survives a look at Settings. */}
      <ClientsView route={route} hidden={route.view !== 'clients'} onNotice={setNotice} onListChanged={setListChanged} />
      {route.view === 'losing-touch' && <LosingTouch onOpen={(id) => (location.hash = hrefOf({ view: 'clients', clientId: id }))} changed={listChanged} />}
      {route.view === 'deadlines' && <DeadlinesView />}
      {route.view === 'check-name' && <CheckNameView />}
      {route.view === 'data' && <DataView />}
      {route.view === 'settings' && (
        // One scroll for the whole view: each part on its own shrank the others to nothing.
        <main class="settings-page">
          <SettingsForm />
          <DisplaySettings />
          <DeadlineSettingsForm />
          <Portals />
        </main>
      )}
      <footer class="page-footer">
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('settings_footer_privacy')}
        </a>
        {' · '}
        <a href="/welcome.html">{t('settings_footer_welcome')}</a>
      </footer>
    </div>
  );
}
