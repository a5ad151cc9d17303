// The sidebar as an extension page. In Gmail, Outlook and portals it is the
// frame a content script mounts in a closed shadow root; it can also run in a
// window of its own (sidebar.html?tab=<id>, for portals the user added, where
// a frame of ours may not load) and, later, in the browser's side panel. It
// never assumes a host page: it follows a tab's screen through the background
// and asks the background for everything it shows.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { connectHub } from '../../components/sidebar/hub-client';
import { send } from '../../lib/messaging/client';
import type { SidebarPush } from '../../lib/messaging/ports';
import { contextKey } from '../../lib/sites/context-key';
import '../../components/sidebar/sidebar.css';
import '../../components/sidebar/filings.css';
import '../../components/sidebar/deadlines.css';
import './page.css';

const PORTAL_EMPTY = 'Click a Rapport badge beside a case number to see that client here.';

/** Inside a page's frame, or a page of its own. */
const embedded = window.parent !== window;
const named = Number(new URLSearchParams(location.search).get('tab'));
const follow = !embedded && Number.isInteger(named) && named >= 0 ? { tabId: named } : {};

type Screen = Extract<SidebarPush, { type: 'screen' }>;

function App() {
  const [screen, setScreen] = useState<Screen | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [changed, setChanged] = useState(0);
  const [focus, setFocus] = useState<{ clientId?: string } | undefined>(undefined);

  const hub = useMemo(
    () =>
      connectHub((m) => {
        if (m.type === 'layout') setCollapsed(m.collapsed);
        else if (m.type === 'changed') setChanged((n) => n + 1);
        else if (m.type === 'screen') {
          setScreen(m);
          if (m.focusClientId) setFocus({ clientId: m.focusClientId });
        }
      }, follow),
    [],
  );
  useEffect(() => () => hub.close(), [hub]);

  const context = screen?.context ?? null;
  const initial = useMemo(() => (screen?.reply && context ? { key: contextKey(context), reply: screen.reply } : undefined), [screen]);

  return (
    <Sidebar
      context={context}
      send={send}
      collapsed={embedded && collapsed}
      onToggle={embedded ? hub.toggle : undefined}
      onEscape={embedded ? hub.focusPage : undefined}
      initial={initial}
      refreshKey={changed}
      deadlines
      focus={focus}
      emptyText={screen?.surface === 'portal' ? PORTAL_EMPTY : undefined}
      filings={screen?.surface === 'portal'}
      logFilings={screen?.efiling}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
