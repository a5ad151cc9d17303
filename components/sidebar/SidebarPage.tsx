// The sidebar page's body, shared by the page a content script frames in the
// mail (entrypoints/sidebar) and the browser's side panel (entrypoints/sidepanel).
// It follows one tab's screen through the background's hub and asks the
// background for everything it shows; where it runs decides only which tab it
// follows and whether it can collapse.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Sidebar } from './Sidebar';
import { connectHub } from './hub-client';
import { send } from '../../lib/messaging/client';
import type { SidebarPush } from '../../lib/messaging/ports';
import { contextKey } from '../../lib/sites/context-key';
import { t } from '../../lib/i18n/t';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

type Screen = Extract<SidebarPush, { type: 'screen' }>;

export interface SidebarPageProps {
  /** Inside a page's frame: it follows its own tab, and can collapse and give the keyboard back. */
  embedded: boolean;
  /** Elsewhere (a window, the side panel): the tab to follow; a change follows the new tab. */
  tabId?: number;
  /** Shown while no tab is followed (the side panel over a tab of no site of ours). */
  idleText?: string;
}

export function SidebarPage({ embedded, tabId, idleText }: SidebarPageProps) {
  const [screen, setScreen] = useState<Screen | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [changed, setChanged] = useState(0);
  const [focus, setFocus] = useState<{ clientId?: string } | undefined>(undefined);

  const hub = useMemo(
    () =>
      connectHub(
        (m) => {
          if (m.type === 'layout') setCollapsed(m.collapsed);
          else if (m.type === 'changed') setChanged((n) => n + 1);
          else if (m.type === 'focus') document.querySelector<HTMLElement>(`#app :is(${FOCUSABLE})`)?.focus();
          else if (m.type === 'screen') {
            setScreen(m);
            if (m.focusClientId) setFocus({ clientId: m.focusClientId });
          }
        },
        !embedded && tabId !== undefined ? { tabId } : {},
      ),
    [],
  );
  useEffect(() => () => hub.close(), [hub]);
  // Another tab came to the front: what the last one showed is no longer on screen.
  const [followed, setFollowed] = useState(tabId);
  useEffect(() => {
    if (embedded || tabId === undefined || tabId === followed) return;
    setFollowed(tabId);
    setScreen(null);
    hub.follow(tabId);
  }, [tabId]);

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
      emptyText={screen?.surface === 'portal' ? t('sidebar_empty_portal') : !screen && idleText ? idleText : undefined}
      filings={screen?.surface === 'portal'}
      logFilings={screen?.efiling}
    />
  );
}
